package dev.concierge.requests.streams;

import dev.concierge.schemas.catalog.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * What a dead-letter record says about its failure. The value is the original bytes untouched;
 * these headers say why, where it came from and at which stage it failed, so it can be replayed.
 */
final class DeadLetters {

    static final String STAGE = "concierge.dlq.stage";
    static final String ERROR_CLASS = "concierge.dlq.error.class";
    static final String ERROR_MESSAGE = "concierge.dlq.error.message";
    static final String SOURCE_TOPIC = "concierge.dlq.source.topic";
    static final String SOURCE_PARTITION = "concierge.dlq.source.partition";
    static final String SOURCE_OFFSET = "concierge.dlq.source.offset";
    static final String FAILED_AT = "concierge.dlq.failed.at";

    static final String PROCESSOR = "concierge.dlq.processor";

    /** Where the record failed: reading it, a processor step, or writing its results to Kafka. */
    enum Stage { DESERIALIZATION, PROCESSING, PRODUCTION }

    private static final int MAX_MESSAGE_CHARS = 2_000;

    private DeadLetters() {
    }

    static Headers describe(Headers original, Stage stage, Throwable error, String sourceTopic,
            RecordMetadata metadata, Instant failedAt) {
        return metadata == null
                ? describe(original, stage, error, sourceTopic, -1, -1, failedAt)
                : describe(original, stage, error, sourceTopic, metadata.partition(), metadata.offset(), failedAt);
    }

    /** {@code partition} and {@code offset} are negative when the failure has no source record. */
    static Headers describe(Headers original, Stage stage, Throwable error, String sourceTopic, int partition,
            long offset, Instant failedAt) {
        Headers headers = new RecordHeaders(original == null ? new Header[0]
                : original.toArray());
        put(headers, STAGE, stage.name());
        put(headers, ERROR_CLASS, error.getClass().getName());
        put(headers, ERROR_MESSAGE, truncate(String.valueOf(error.getMessage())));
        if (sourceTopic != null) {
            put(headers, SOURCE_TOPIC, sourceTopic);
        }
        if (partition >= 0) {
            put(headers, SOURCE_PARTITION, Integer.toString(partition));
            put(headers, SOURCE_OFFSET, Long.toString(offset));
        }
        put(headers, FAILED_AT, failedAt.toString());
        return headers;
    }

    /** Adds a header (replacing one of the same name). */
    static void put(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The .dlq of a source topic known only by name; the catalogue's {@link Topic#dlqName()} names it the same. */
    static String dlqOf(String topic) {
        return topic + Topic.DLQ_SUFFIX;
    }

    private static String truncate(String message) {
        return message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS) + "…";
    }
}
