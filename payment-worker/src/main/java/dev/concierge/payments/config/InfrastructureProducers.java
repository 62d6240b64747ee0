package dev.concierge.payments.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.kafka.IdempotentProducers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Clock, codec, the Kafka producer for {@code payments.events} and the MongoDB database. */
@ApplicationScoped
public class InfrastructureProducers {

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

    /** Idempotent, acks=all: a fact is published once per send even when the producer retries. */
    @Produces
    @Singleton
    Producer<String, byte[]> kafkaProducer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        return IdempotentProducers.create(bootstrapServers, "payment-worker");
    }

    void closeProducer(@Disposes Producer<String, byte[]> producer) {
        producer.close(Duration.ofSeconds(2));
    }

    @Produces
    @Singleton
    MongoDatabase database(MongoClient client, @ConfigProperty(name = "concierge.mongodb.database") String name) {
        return client.getDatabase(name);
    }
}
