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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
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
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "ai-enrichment-worker");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "9000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        return new KafkaProducer<>(props);
    }

    void closeProducer(@Disposes Producer<String, byte[]> producer) {
        producer.close(Duration.ofSeconds(2));
    }
}
