package dev.concierge.ingest.config;

import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.catalog.Topics;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.jboss.logging.Logger;

/**
 * Fetches the metadata of every topic this service writes right after start, in the background,
 * so the first customer's write does not spend its deadline on cluster discovery.
 */
@ApplicationScoped
public class KafkaWarmUp {

    private static final Logger LOG = Logger.getLogger(KafkaWarmUp.class);
    private static final List<Topic<?>> WRITTEN = List.of(Topics.CHAT_MESSAGES, Topics.REQUESTS_COMMANDS,
            Topics.PAYMENTS_WEBHOOKS, Topics.NOTIFICATIONS_COMMANDS, Topics.NOTIFICATIONS_EVENTS, Topics.STORES_INBOUND,
            Topics.STORES_EVENTS, Topics.AGENTS_EVENTS, Topics.CUSTOMERS_EVENTS, Topics.MEDIA_EVENTS);

    void onStart(@Observes StartupEvent event, Producer<String, byte[]> producer) {
        CompletableFuture.runAsync(() -> {
            for (Topic<?> topic : WRITTEN) {
                try {
                    producer.partitionsFor(topic.name());
                } catch (KafkaException e) {
                    LOG.warnf("Kafka metadata for %s not available yet: %s", topic.name(), e.getMessage());
                    return;
                }
            }
        });
    }
}
