package dev.concierge.schemas.kafka;

import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.EventDecodingException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a structured-mode CloudEvents JSON record value. Made for a {@link Topic} it accepts only the
 * types that topic carries; made with no arguments (e.g. by class name from SmallRye or Kafka
 * config) it accepts every type in the catalog. A null value (tombstone) reads as null; anything
 * else that is not a valid event throws an {@link EventDecodingException} subclass, which the
 * consumer's failure strategy turns into a dead letter.
 */
public class CloudEventDeserializer<V> implements Deserializer<CloudEvent<V>> {

    private final EventCodec codec;
    private final Topic<V> topic;

    public CloudEventDeserializer() {
        this(EventCodec.standard(), null);
    }

    public CloudEventDeserializer(Topic<V> topic) {
        this(EventCodec.standard(), topic);
    }

    public CloudEventDeserializer(EventCodec codec, Topic<V> topic) {
        this.codec = codec;
        this.topic = topic;
    }

    @Override
    @SuppressWarnings("unchecked")
    public CloudEvent<V> deserialize(String topicName, byte[] data) {
        if (data == null) {
            return null;
        }
        return topic == null ? (CloudEvent<V>) codec.decode(data) : codec.decode(data, topic);
    }
}
