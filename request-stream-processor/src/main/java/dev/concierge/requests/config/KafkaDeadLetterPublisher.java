package dev.concierge.requests.config;

import dev.concierge.requests.streams.DeadLetterPublisher;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** An idempotent producer for the few dead letters that come from global store updates. */
@ApplicationScoped
public class KafkaDeadLetterPublisher implements DeadLetterPublisher {

    private static final Logger LOG = Logger.getLogger(KafkaDeadLetterPublisher.class);

    private final String bootstrapServers;
    private Producer<String, byte[]> producer;

    public KafkaDeadLetterPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public synchronized void publish(String topic, String key, byte[] value, Headers headers) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.CLIENT_ID_CONFIG, "request-stream-processor-dlq"),
                    new StringSerializer(), new ByteArraySerializer());
        }
        producer.send(new ProducerRecord<>(topic, null, key, value, headers), (metadata, error) -> {
            if (error != null) {
                LOG.errorf(error, "could not write a dead letter to %s", topic);
            }
        });
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
