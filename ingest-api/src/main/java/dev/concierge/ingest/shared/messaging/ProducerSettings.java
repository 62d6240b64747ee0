package dev.concierge.ingest.shared.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Producer properties for "acknowledged or refused within the write deadline".
 *
 * <p>A send to an unreachable broker can wait twice: for metadata ({@code max.block.ms}) and then
 * for delivery ({@code delivery.timeout.ms}). Both are derived from one deadline so that their sum
 * stays below it and the HTTP answer (503) comes before the client gives up.
 */
public final class ProducerSettings {

    private ProducerSettings() {
    }

    /**
     * {@code linger}: how long a send may wait for others to share its produce request. Under load many
     * writes then travel in one request to the broker (less CPU here and there per message); alone, a
     * write waits at most this long more for its acknowledgement.
     */
    public static Map<String, Object> forDeadline(String bootstrapServers, Duration writeDeadline, Duration linger) {
        long deadline = writeDeadline.toMillis();
        long maxBlock = deadline * 4 / 10;
        long delivery = deadline * 5 / 10;
        long request = delivery - 100;
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, KafkaEventPublisher.SOURCE);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, Long.toString(linger.toMillis()));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(maxBlock));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(delivery));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(request));
        // a broker that comes back is found again within a second, without restarting the service
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        props.put(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG, "500");
        return props;
    }

    /** Slightly longer than the producer's own limits, a guard in case a send outlives them. */
    public static Duration ackWait(Duration writeDeadline) {
        return writeDeadline.multipliedBy(95).dividedBy(100);
    }
}
