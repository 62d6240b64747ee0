package dev.concierge.enrichment.config;

import com.mongodb.client.MongoClient;
import dev.concierge.enrichment.market.domain.DemandForecasting;
import dev.concierge.enrichment.market.domain.MarketKnowledge;
import dev.concierge.enrichment.market.domain.MarketLookup;
import dev.concierge.enrichment.market.domain.MarketRecorder;
import dev.concierge.enrichment.market.domain.MarketStore;
import dev.concierge.enrichment.market.messaging.KafkaDemandForecasts;
import dev.concierge.enrichment.market.mongo.MongoMarketStore;
import dev.concierge.enrichment.text.domain.TextEmbedder;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.taxonomy.Taxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The market: the product store in MongoDB fed from {@code requests.events}, the lookup the
 * analysis asks for price estimates and matches, and the demand forecasts for {@code forecasts.demand}.
 * They share the process's one MiniLM model and Kafka producer.
 */
@ApplicationScoped
public class MarketWiring {

    @Produces
    @Singleton
    MarketStore marketStore(MongoClient client, @ConfigProperty(name = "concierge.mongodb.database") String database) {
        return new MongoMarketStore(client.getDatabase(database));
    }

    @Produces
    @Singleton
    MarketRecorder marketRecorder(MarketStore store, TextEmbedder embedder) {
        return new MarketRecorder(store, embedder);
    }

    @Produces
    @Singleton
    MarketLookup marketLookup(MarketStore store, TextEmbedder embedder) {
        return new MarketKnowledge(store, embedder);
    }

    @Produces
    @Singleton
    DemandForecasting demandForecasting(MarketStore store, Producer<String, byte[]> producer, EventCodec codec) {
        return new DemandForecasting(store, Taxonomy.standard(), new KafkaDemandForecasts(producer, codec), Clock.systemUTC());
    }
}
