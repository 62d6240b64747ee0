package dev.concierge.ingest.shared.application;

import dev.concierge.schemas.catalog.Topic;

/**
 * Appends one event to a topic and returns only once the broker acknowledged it.
 *
 * @throws EventStoreUnavailableException when the broker did not acknowledge within the write deadline
 */
public interface EventPublisher {

    <V> PublishedEvent publish(Topic<V> topic, String key, V data);

    /** What a caller can tell the client: the CloudEvent id and where it landed. */
    record PublishedEvent(String eventId, String topic, int partition, long offset) {
    }
}
