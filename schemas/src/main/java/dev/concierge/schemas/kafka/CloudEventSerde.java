package dev.concierge.schemas.kafka;

import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka Streams serde of {@link CloudEvent}s. {@link #forTopic(Topic)} reads only the types the topic
 * carries; the no-argument constructor (for {@code default.value.serde}) reads every catalog type.
 */
public class CloudEventSerde<V> implements Serde<CloudEvent<V>> {

    private final CloudEventSerializer<V> serializer;
    private final CloudEventDeserializer<V> deserializer;

    public CloudEventSerde() {
        this(new CloudEventSerializer<>(), new CloudEventDeserializer<>());
    }

    private CloudEventSerde(CloudEventSerializer<V> serializer, CloudEventDeserializer<V> deserializer) {
        this.serializer = serializer;
        this.deserializer = deserializer;
    }

    public static <V> CloudEventSerde<V> forTopic(Topic<V> topic) {
        EventCodec codec = EventCodec.standard();
        return new CloudEventSerde<>(new CloudEventSerializer<>(codec), new CloudEventDeserializer<>(codec, topic));
    }

    @Override
    public Serializer<CloudEvent<V>> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<CloudEvent<V>> deserializer() {
        return deserializer;
    }
}
