package dev.concierge.enrichment.market.mongo;

import dev.concierge.enrichment.market.domain.SourcedRequest;
import dev.concierge.enrichment.market.domain.SourcedRequest.Enrichment;
import dev.concierge.enrichment.market.domain.SourcedRequest.SentQuote;
import dev.concierge.enrichment.market.domain.SourcedRequest.StoreSighting;
import dev.concierge.enrichment.market.domain.StoredProduct;
import dev.concierge.schemas.common.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** Maps the market's records to BSON and back; money as {@code amountMinor} + {@code currency}, times as dates. */
final class MarketDocuments {

    static final String CATEGORY = "category";
    static final String SUBCATEGORY = "subcategory";
    static final String PRODUCT_ID = "productId";
    static final String CREATED_AT = "createdAt";
    static final String ACCEPTED = "accepted";
    static final String ENRICHMENT = "enrichment";

    private MarketDocuments() {
    }

    static Document of(SourcedRequest request) {
        Document document = new Document("_id", request.requestId())
                .append(CREATED_AT, date(request.createdAt()))
                .append("categoryHint", request.categoryHint())
                .append(CATEGORY, request.category())
                .append(PRODUCT_ID, request.productId().orElse(null))
                .append("stores", request.stores().stream().map(MarketDocuments::of).toList())
                .append("quotes", request.quotes().stream().map(MarketDocuments::of).toList());
        if (request.enrichment() != null) {
            Enrichment enrichment = request.enrichment();
            // subcategory at the top level, next to category, for the price queries
            document.append(SUBCATEGORY, enrichment.subcategory()).append(ENRICHMENT, new Document(CATEGORY,
                    enrichment.category()).append("brand", enrichment.brand())
                    .append("productName", enrichment.productName()).append("specs", new Document(enrichment.specs())));
        }
        if (request.accepted() != null) {
            document.append(ACCEPTED, of(request.accepted()));
        }
        return document;
    }

    static SourcedRequest request(Document document) {
        Document accepted = document.get(ACCEPTED, Document.class);
        Document enrichment = document.get(ENRICHMENT, Document.class);
        return new SourcedRequest(document.getString("_id"), instant(document.getDate(CREATED_AT)),
                document.getString("categoryHint"), enrichment == null ? null : new Enrichment(
                        enrichment.getString(CATEGORY), document.getString(SUBCATEGORY), enrichment.getString("brand"),
                        enrichment.getString("productName"), specs(enrichment.get("specs", Document.class))),
                document.getList("stores", Document.class, List.of()).stream().map(MarketDocuments::sighting).toList(),
                document.getList("quotes", Document.class, List.of()).stream().map(MarketDocuments::quote).toList(),
                accepted == null ? null : quote(accepted));
    }

    static Document of(StoredProduct product) {
        List<Double> embedding = new ArrayList<>(product.embedding().length);
        for (float value : product.embedding()) {
            embedding.add((double) value);
        }
        return new Document("_id", product.productId()).append("name", product.name())
                .append("brand", product.brand()).append(CATEGORY, product.category())
                .append(SUBCATEGORY, product.subcategory()).append("embedding", embedding);
    }

    static StoredProduct product(Document document) {
        List<Double> values = document.getList("embedding", Double.class);
        float[] embedding = new float[values.size()];
        for (int i = 0; i < embedding.length; i++) {
            embedding[i] = values.get(i).floatValue();
        }
        return new StoredProduct(document.getString("_id"), document.getString("name"), document.getString("brand"),
                document.getString(CATEGORY), document.getString(SUBCATEGORY), embedding);
    }

    private static Document of(StoreSighting sighting) {
        return money(new Document("storeId", sighting.storeId()).append("at", date(sighting.at())), sighting.price());
    }

    private static StoreSighting sighting(Document document) {
        return new StoreSighting(document.getString("storeId"), instant(document.getDate("at")), money(document));
    }

    private static Document of(SentQuote quote) {
        return money(new Document("quoteId", quote.quoteId()).append("storeId", quote.storeId())
                .append("at", date(quote.at())), quote.itemPrice());
    }

    private static SentQuote quote(Document document) {
        return new SentQuote(document.getString("quoteId"), document.getString("storeId"), money(document),
                instant(document.getDate("at")));
    }

    private static Document money(Document document, Money money) {
        return money == null ? document
                : document.append("amountMinor", money.amountMinor()).append("currency", money.currency());
    }

    private static Money money(Document document) {
        return document.getString("currency") == null ? null
                : new Money(document.getLong("amountMinor"), document.getString("currency"));
    }

    private static Map<String, String> specs(Document specs) {
        Map<String, String> values = new LinkedHashMap<>();
        if (specs == null) {
            return values;
        }
        specs.forEach((attribute, value) -> values.put(attribute, String.valueOf(value)));
        return values;
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
