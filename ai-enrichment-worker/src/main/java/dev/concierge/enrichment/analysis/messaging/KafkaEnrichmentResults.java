package dev.concierge.enrichment.analysis.messaging;

import dev.concierge.enrichment.analysis.application.EnrichmentResultsOut;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.enrichment.EnrichmentResult;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Writes results as CloudEvents keyed by request id to {@code enrichment.results} and waits for
 * {@code acks=all}. The event id follows from the command's id, so a redelivered command repeats
 * the id the processor de-duplicates on.
 */
public final class KafkaEnrichmentResults implements EnrichmentResultsOut {

    public static final String SOURCE = "ai-enrichment-worker";
    private static final long ACK_WAIT_SECONDS = 10;

    private final Producer<String, byte[]> producer;
    private final EventCodec codec;
    private final Clock clock;

    public KafkaEnrichmentResults(Producer<String, byte[]> producer, EventCodec codec, Clock clock) {
        this.producer = producer;
        this.codec = codec;
        this.clock = clock;
    }

    @Override
    public void publish(String causeId, EnrichmentResult result) {
        String id = UUID.nameUUIDFromBytes((SOURCE + "|" + causeId).getBytes(StandardCharsets.UTF_8)).toString();
        CloudEvent<EnrichmentResult> envelope = CloudEvent.of(id, SOURCE, clock.instant(), result.requestId(), result);
        try {
            producer.send(new ProducerRecord<>(Topics.ENRICHMENT_RESULTS.name(), null, result.requestId(),
                    codec.encode(envelope), List.of(new RecordHeader("content-type",
                            CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8))))).get(ACK_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge a write to " + Topics.ENRICHMENT_RESULTS.name()
                    + ": " + e, e);
        }
    }
}
