package dev.concierge.ingest.support;

import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes records onto a topic the service consumes, as another module would (or as a broken producer might). */
public final class TopicWriter {

    private final String bootstrapServers;

    public TopicWriter(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** {@code data} as a CloudEvent with the given id: the same id again is a redelivery of that event. */
    public <V> void publish(Topic<V> topic, String key, V data, String eventId) throws Exception {
        publishRaw(topic.name(), key, EventCodec.standard().encode(
                CloudEvent.of(eventId, "test", Instant.now(), key, data)));
    }

    public <V> void publish(Topic<V> topic, String key, V data) throws Exception {
        publish(topic, key, data, UUID.randomUUID().toString());
    }

    /** Writes {@code value} with the CloudEvents content-type header, which consumers must not take as their cue to decode. */
    public void publishRaw(String topic, String key, byte[] value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
            record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(10, TimeUnit.SECONDS);
        }
    }
}
