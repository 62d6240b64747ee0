package dev.concierge.requests.streams;

import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.envelope.EventCodec;
import java.time.Clock;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.jboss.logging.Logger;

/**
 * Decodes the records of a topic that feeds a global store. A global store's updater has no stream
 * sink, so a record that is not a valid event of the topic is published to the topic's .dlq here,
 * through the {@link DeadLetterPublisher}, and skipped.
 */
final class GlobalInputDecoder<T> {

    private static final Logger LOG = Logger.getLogger(GlobalInputDecoder.class);

    private final Topic<T> topic;
    private final DeadLetterPublisher deadLetters;
    private final Clock clock;
    private final EventCodec codec = EventCodec.standard();

    GlobalInputDecoder(Topic<T> topic, DeadLetterPublisher deadLetters, Clock clock) {
        this.topic = topic;
        this.deadLetters = deadLetters;
        this.clock = clock;
    }

    /** The record's event data, or empty once a record that is not a valid event (a tombstone too) is dead-lettered. */
    Optional<T> decode(Record<String, byte[]> record, ProcessorContext<?, ?> context) {
        try {
            if (record.value() == null) {
                throw new IllegalArgumentException("a null value (tombstone) is not an event");
            }
            return Optional.of(codec.decode(record.value(), topic).data());
        } catch (RuntimeException e) {
            LOG.warnf("record %s of %s is not a valid event, sent to %s: %s", record.key(), topic.name(), topic.dlqName(),
                    e.getMessage());
            deadLetters.publish(topic.dlqName(), record.key(), record.value(), DeadLetters.describe(record.headers(),
                    DeadLetters.Stage.DESERIALIZATION, e, topic.name(), context.recordMetadata().orElse(null),
                    clock.instant()));
            return Optional.empty();
        }
    }
}
