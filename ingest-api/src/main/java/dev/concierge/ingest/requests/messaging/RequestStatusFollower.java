package dev.concierge.ingest.requests.messaging;

import dev.concierge.ingest.requests.application.RequestOwnership;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.requests.RequestSnapshot;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Follows {@code requests.state} so that a customer's WhatsApp follow-up goes to a request that is
 * still open: when a snapshot shows a final status (delivered, cancelled, refunded, unavailable) the
 * request is marked closed in {@link RequestOwnership}. Only the status is read; the write path
 * still never waits on the read side.
 */
@ApplicationScoped
public class RequestStatusFollower {

    private static final Logger LOG = Logger.getLogger(RequestStatusFollower.class);
    private static final String GROUP = "ingest-api-request-status";

    @Inject
    RequestOwnership ownership;
    @Inject
    EventCodec codec;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private volatile boolean running;
    private KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    void onStart(@Observes StartupEvent event) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, GROUP,
                ConsumerConfig.CLIENT_ID_CONFIG, GROUP,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000"));
        running = true;
        thread = new Thread(this::follow, "request-status-follower");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
            thread.join(Duration.ofSeconds(5).toMillis());
        }
    }

    private void follow() {
        try {
            consumer.subscribe(List.of(Topics.REQUESTS_STATE.name()));
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    apply(record);
                }
            }
        } catch (WakeupException e) {
            // shutdown
        } catch (RuntimeException e) {
            LOG.errorf(e, "stopped following %s; WhatsApp follow-ups may join closed requests",
                    Topics.REQUESTS_STATE.name());
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(2)));
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return; // a compaction tombstone
        }
        try {
            RequestSnapshot snapshot = codec.decode(record.value(), Topics.REQUESTS_STATE).data();
            if (!snapshot.status().isOpen()) {
                ownership.recordClosed(snapshot.requestId());
            }
        } catch (RuntimeException e) {
            // one unreadable snapshot or a MongoDB hiccup must not stop the follower
            LOG.warnf("could not apply %s offset %d: %s", record.topic(), record.offset(), e.getMessage());
        }
    }
}
