package dev.concierge.ingest.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.ingest.shared.application.IdGenerator;
import dev.concierge.ingest.shared.messaging.KafkaEventPublisher;
import dev.concierge.ingest.shared.messaging.ProducerSettings;
import dev.concierge.ingest.shared.web.RequestBudgets;
import dev.concierge.schemas.envelope.EventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/** The connections to Kafka, Redis and MongoDB, plus the clock and id source every write uses. */
@ApplicationScoped
public class InfrastructureProducers {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    IdGenerator ids() {
        return () -> UUID.randomUUID().toString();
    }

    @Produces
    @Singleton
    EventCodec eventCodec() {
        return EventCodec.standard();
    }

    @Produces
    @Singleton
    Producer<String, byte[]> kafkaProducer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "concierge.kafka.write-deadline") Duration writeDeadline,
            @ConfigProperty(name = "concierge.kafka.linger") Duration linger) {
        return new KafkaProducer<>(ProducerSettings.forDeadline(bootstrapServers, writeDeadline, linger));
    }

    void closeProducer(@Disposes Producer<String, byte[]> producer) {
        producer.close(Duration.ofSeconds(2));
    }

    @Produces
    @Singleton
    EventPublisher eventPublisher(Producer<String, byte[]> producer, EventCodec codec, Clock clock, IdGenerator ids,
            @ConfigProperty(name = "concierge.kafka.write-deadline") Duration writeDeadline, MeterRegistry meters) {
        return new KafkaEventPublisher(producer, codec, clock, ids, ProducerSettings.ackWait(writeDeadline), meters);
    }

    @Produces
    @Singleton
    RedissonClient redisson(@ConfigProperty(name = "concierge.redis.url") String redisUrl) {
        Config config = new Config();
        // connect on first use so that the service starts (and reports Redis DOWN) while Redis is away
        config.setLazyInitialization(true);
        // scripts (rate-limit budgets) go as EVALSHA, with the text sent again only after a NOSCRIPT answer
        config.setUseScriptCache(true);
        config.useSingleServer()
                .setAddress(redisUrl)
                .setConnectionMinimumIdleSize(2)
                .setConnectionPoolSize(16)
                .setTimeout(2000)
                .setRetryAttempts(1);
        return Redisson.create(config);
    }

    void closeRedisson(@Disposes RedissonClient redisson) {
        redisson.shutdown();
    }

    @Produces
    @Singleton
    RequestBudgets requestBudgets(RedissonClient redisson,
            @ConfigProperty(name = "concierge.rate-limit.per-ip.permits") long ipPermits,
            @ConfigProperty(name = "concierge.rate-limit.per-ip.period") Duration ipPeriod,
            @ConfigProperty(name = "concierge.rate-limit.per-user.permits") long userPermits,
            @ConfigProperty(name = "concierge.rate-limit.per-user.period") Duration userPeriod) {
        return new RequestBudgets(redisson, new RequestBudgets.Budget(ipPermits, ipPeriod),
                new RequestBudgets.Budget(userPermits, userPeriod));
    }

    @Produces
    @Singleton
    MongoDatabase database(MongoClient client, @ConfigProperty(name = "concierge.mongodb.database") String name) {
        return client.getDatabase(name);
    }
}
