package dev.concierge.requests.streams;

import org.apache.kafka.common.header.Headers;

/**
 * Sends a dead letter from where no stream sink exists: the global store updaters. Those updates
 * are not part of a stream task's transaction, so delivery is at-least-once.
 */
public interface DeadLetterPublisher {

    void publish(String topic, String key, byte[] value, Headers headers);
}
