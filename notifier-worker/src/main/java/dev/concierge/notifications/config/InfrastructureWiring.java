package dev.concierge.notifications.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import dev.concierge.notifications.sending.application.NotificationEvents;
import dev.concierge.notifications.shared.messaging.KafkaNotificationEvents;
import dev.concierge.notifications.shared.persistence.NotifyJson;
import dev.concierge.schemas.envelope.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/** The connections to Kafka, Redis and MongoDB, the clock and the event writer. */
@ApplicationScoped
public class InfrastructureWiring {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    EventCodec eventCodec() {
        return EventCodec.standard();
    }

    @Produces
    @Singleton
    NotifyJson notifyJson(EventCodec codec) {
        return new NotifyJson(codec.mapper());
    }

    @Produces
    @Singleton
    Producer<String, byte[]> kafkaProducer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    void closeProducer(@Disposes Producer<String, byte[]> producer) {
        producer.close(Duration.ofSeconds(2));
    }

    @Produces
    @Singleton
    NotificationEvents notificationEvents(Producer<String, byte[]> producer, EventCodec codec, Clock clock) {
        return new KafkaNotificationEvents(producer, codec, clock, () -> UUID.randomUUID().toString(),
                Duration.ofSeconds(11));
    }

    @Produces
    @Singleton
    RedissonClient redisson(@ConfigProperty(name = "concierge.redis.url") String redisUrl) {
        Config config = new Config();
        // connect on first use so that the service starts (and reports Redis DOWN) while Redis is away
        config.setLazyInitialization(true);
        config.useSingleServer()
                .setAddress(redisUrl)
                .setConnectionMinimumIdleSize(2)
                .setConnectionPoolSize(8)
                .setTimeout(2000)
                .setRetryAttempts(1);
        return Redisson.create(config);
    }

    void closeRedisson(@Disposes RedissonClient redisson) {
        redisson.shutdown();
    }

    /** The notifier's own database: directory, windows, deliveries, deferred sends. */
    @Produces
    @Singleton
    MongoDatabase database(MongoClient client, @ConfigProperty(name = "concierge.mongodb.database") String name) {
        return client.getDatabase(name);
    }
}
