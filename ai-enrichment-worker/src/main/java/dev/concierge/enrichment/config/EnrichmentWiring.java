package dev.concierge.enrichment.config;

import dev.concierge.enrichment.analysis.application.AnalyzeRequestHandler;
import dev.concierge.enrichment.analysis.application.EnrichmentResultsOut;
import dev.concierge.enrichment.analysis.application.RequestEnrichment;
import dev.concierge.enrichment.analysis.messaging.KafkaEnrichmentResults;
import dev.concierge.enrichment.language.domain.Refiner;
import dev.concierge.enrichment.market.domain.MarketLookup;
import dev.concierge.enrichment.photo.domain.PhotoReader;
import dev.concierge.enrichment.text.domain.TextEmbedder;
import dev.concierge.enrichment.text.domain.TextPipelines;
import dev.concierge.enrichment.text.embedding.MiniLmEmbedder;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.kafka.IdempotentProducers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wires the enrichment (the photo reader from {@link PhotoWiring} and the text pipeline with one
 * MiniLM model per process), the codec and the Kafka producer for results.
 */
@ApplicationScoped
public class EnrichmentWiring {

    @Produces
    @Singleton
    RequestEnrichment requestEnrichment(PhotoReader photos, TextEmbedder embedder, Refiner refiner,
            MarketLookup market) {
        return new RequestEnrichment(TextPipelines.fromResources(embedder), photos, refiner, market);
    }

    /** The one MiniLM model of the process, shared by the text pipeline and the market ({@link MarketWiring}). */
    @Produces
    @Singleton
    TextEmbedder textEmbedder() {
        return new MiniLmEmbedder();
    }

    /**
     * Asks for the enrichment on every command instead of once: when its model cannot load, each
     * command is answered {@code EnrichmentFailed} (retryable) and the next one tries again.
     */
    @Produces
    @Singleton
    AnalyzeRequestHandler analyzeRequestHandler(Provider<RequestEnrichment> enrichment) {
        return new AnalyzeRequestHandler(enrichment::get);
    }

    @Produces
    @Singleton
    EventCodec eventCodec() {
        return EventCodec.standard();
    }

    @Produces
    @Singleton
    EnrichmentResultsOut results(Producer<String, byte[]> producer, EventCodec codec) {
        return new KafkaEnrichmentResults(producer, codec, Clock.systemUTC());
    }

    /** Idempotent, acks=all: a result is published once per send even when the producer retries. */
    @Produces
    @Singleton
    Producer<String, byte[]> kafkaProducer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        return IdempotentProducers.create(bootstrapServers, "ai-enrichment-worker");
    }

    void closeProducer(@Disposes Producer<String, byte[]> producer) {
        producer.close(Duration.ofSeconds(2));
    }
}
