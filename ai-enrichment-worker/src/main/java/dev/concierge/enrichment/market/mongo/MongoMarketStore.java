package dev.concierge.enrichment.market.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import dev.concierge.enrichment.market.domain.MarketStore;
import dev.concierge.enrichment.market.domain.SourcedRequest;
import dev.concierge.enrichment.market.domain.StoredProduct;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The market in two collections: {@code market_requests} (one document per request, replaced on
 * every fact, with its resolved {@code category} and {@code productId} for queries) and
 * {@code market_products} (one per product id, written once). Indexes are declared here.
 */
public final class MongoMarketStore implements MarketStore {

    static final String REQUESTS = "market_requests";
    static final String PRODUCTS = "market_products";

    private final MongoCollection<Document> requests;
    private final MongoCollection<Document> products;
    private volatile boolean indexesDeclared;

    public MongoMarketStore(MongoDatabase database) {
        this.requests = database.getCollection(REQUESTS);
        this.products = database.getCollection(PRODUCTS);
    }

    /**
     * Declares the indexes (idempotent) before the first write, not at start, so that the lookup
     * works — degraded — while MongoDB is away. Lookups filter on product, category and creation time.
     */
    private void declareIndexes() {
        if (indexesDeclared) {
            return;
        }
        requests.createIndex(Indexes.ascending(MarketDocuments.PRODUCT_ID));
        requests.createIndex(Indexes.ascending(MarketDocuments.CATEGORY, MarketDocuments.SUBCATEGORY));
        requests.createIndex(Indexes.ascending(MarketDocuments.CREATED_AT));
        products.createIndex(Indexes.ascending(MarketDocuments.CATEGORY));
        indexesDeclared = true;
    }

    @Override
    public Optional<SourcedRequest> request(String requestId) {
        return Optional.ofNullable(requests.find(Filters.eq("_id", requestId)).first()).map(MarketDocuments::request);
    }

    @Override
    public void save(SourcedRequest request) {
        declareIndexes();
        requests.replaceOne(Filters.eq("_id", request.requestId()), MarketDocuments.of(request),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<StoredProduct> product(String productId) {
        return Optional.ofNullable(products.find(Filters.eq("_id", productId)).first()).map(MarketDocuments::product);
    }

    @Override
    public void addProduct(StoredProduct product) {
        Document fields = MarketDocuments.of(product);
        fields.remove("_id");
        products.updateOne(Filters.eq("_id", product.productId()), new Document("$setOnInsert", fields),
                new UpdateOptions().upsert(true));
    }

    @Override
    public List<StoredProduct> products(String category) {
        Bson filter = category == null ? new Document() : Filters.eq(MarketDocuments.CATEGORY, category);
        return products.find(filter).map(MarketDocuments::product).into(new ArrayList<>());
    }

    @Override
    public List<SourcedRequest> requestsOf(String productId) {
        return requests(Filters.eq(MarketDocuments.PRODUCT_ID, productId));
    }

    @Override
    public List<SourcedRequest> acceptedIn(String category, String subcategory) {
        Bson accepted = Filters.and(Filters.eq(MarketDocuments.CATEGORY, category),
                Filters.ne(MarketDocuments.ACCEPTED, null));
        return requests(subcategory == null ? accepted
                : Filters.and(accepted, Filters.eq(MarketDocuments.SUBCATEGORY, subcategory)));
    }

    @Override
    public List<SourcedRequest> createdBetween(Instant from, Instant to) {
        return requests(Filters.and(Filters.gte(MarketDocuments.CREATED_AT, Date.from(from)),
                Filters.lt(MarketDocuments.CREATED_AT, Date.from(to))));
    }

    private List<SourcedRequest> requests(Bson filter) {
        return requests.find(filter).map(MarketDocuments::request).into(new ArrayList<>());
    }
}
