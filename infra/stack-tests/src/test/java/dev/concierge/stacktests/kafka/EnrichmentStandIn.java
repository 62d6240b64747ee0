package dev.concierge.stacktests.kafka;

import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.enrichment.EnrichmentResult;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.kafka.CloudEventSerde;
import dev.concierge.stacktests.stack.StackAddresses;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Test-only stand-in for the AI worker, which does not answer yet: writes an {@code EnrichmentCompleted}
 * to {@code enrichment.results} in the catalog's envelope and serde, keyed by the request id as the worker
 * would, so the processor moves the request on to SOURCING at once.
 */
public final class EnrichmentStandIn implements AutoCloseable {

    static final String SOURCE = "stack-tests-standing-in-for-ai-enrichment-worker";

    private final KafkaProducer<String, CloudEvent<EnrichmentResult>> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, StackAddresses.KAFKA_BOOTSTRAP,
            ProducerConfig.ACKS_CONFIG, "all"),
            new StringSerializer(), CloudEventSerde.forTopic(Topics.ENRICHMENT_RESULTS).serializer());

    /** The first analysis of {@code requestId}: {@code category}, no questions, and a price hint. */
    public void completed(String requestId, String category, String summary, Money priceHint) {
        EnrichmentResult result = new EnrichmentResult.EnrichmentCompleted(requestId, 1, category, summary, Map.of(),
                List.of(), priceHint, 0.9, "stack-tests");
        CloudEvent<EnrichmentResult> event = CloudEvent.of(UUID.randomUUID().toString(), SOURCE, Instant.now(),
                requestId, result);
        try {
            producer.send(new ProducerRecord<>(Topics.ENRICHMENT_RESULTS.name(), requestId, event)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not write to " + Topics.ENRICHMENT_RESULTS.name(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted writing to " + Topics.ENRICHMENT_RESULTS.name(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
