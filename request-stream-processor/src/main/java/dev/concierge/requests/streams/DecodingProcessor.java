package dev.concierge.requests.streams;

import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.envelope.EventCodec;
import java.time.Clock;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.jboss.logging.Logger;

/**
 * Decodes one input topic's CloudEvents. A record that is not a valid event of the topic (bad
 * JSON, unknown type, missing field, tombstone) becomes a dead letter, and the stream goes on.
 * Values arrive as bytes so that a poison record never reaches a deserializer that would stop the
 * stream thread.
 */
final class DecodingProcessor implements Processor<String, byte[], String, Decoded> {

    private static final Logger LOG = Logger.getLogger(DecodingProcessor.class);

    private final Topic<?> topic;
    private final Clock clock;
    private final EventCodec codec = EventCodec.standard();
    private ProcessorContext<String, Decoded> context;

    DecodingProcessor(Topic<?> topic, Clock clock) {
        this.topic = topic;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Decoded> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        try {
            if (record.value() == null) {
                throw new IllegalArgumentException("a null value (tombstone) is not an event");
            }
            context.forward(record.withValue(new Decoded.Valid(codec.decode(record.value(), topic), record.value())));
        } catch (RuntimeException e) {
            LOG.warnf("record %s of %s is not a valid event, sent to %s: %s", context.recordMetadata()
                    .map(m -> m.partition() + "@" + m.offset()).orElse("?"), topic.name(), topic.dlqName(), e.getMessage());
            Outgoing deadLetter = new Outgoing(topic.dlqName(), record.value());
            context.forward(record.withValue((Decoded) new Decoded.Poison(deadLetter))
                    .withHeaders(DeadLetters.describe(record.headers(), DeadLetters.Stage.DESERIALIZATION, e, topic.name(),
                            context.recordMetadata().orElse(null), clock.instant())));
        }
    }
}
