package dev.concierge.enrichment.market;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.concierge.enrichment.market.mongo.MongoMarketStore;
import dev.concierge.testkit.TestInfra;

/** A market store in a database of its own on the test kit's MongoDB-wire server, through the real driver. */
final class MarketDatabase {

    private MarketDatabase() {
    }

    private static final class Holder {
        static final MongoClient CLIENT = MongoClients.create(TestInfra.mongoUri());
    }

    static MongoMarketStore fresh() {
        return new MongoMarketStore(Holder.CLIENT.getDatabase(TestInfra.uniqueName("market")));
    }
}
