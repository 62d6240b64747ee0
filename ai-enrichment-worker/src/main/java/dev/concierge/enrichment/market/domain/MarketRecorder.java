package dev.concierge.enrichment.market.domain;

import dev.concierge.enrichment.market.domain.SourcedRequest.Enrichment;
import dev.concierge.enrichment.text.domain.TextEmbedder;
import dev.concierge.schemas.requests.RequestEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Folds the facts of {@code requests.events} into the market: the request's state, and the product
 * it was for the first time one is named (embedding its description once per product).
 */
public final class MarketRecorder {

    private final MarketStore store;
    private final TextEmbedder embedder;

    public MarketRecorder(MarketStore store, TextEmbedder embedder) {
        this.store = store;
        this.embedder = embedder;
    }

    /** @param time the event's time; facts the market does not use are skipped */
    public void record(RequestEvent event, Instant time) {
        if (!SourcedRequest.uses(event)) {
            return;
        }
        SourcedRequest before = store.request(event.requestId()).orElse(SourcedRequest.empty(event.requestId()));
        // stored times have milliseconds (BSON dates): the same, a redelivered fact is recognised as nothing new
        SourcedRequest after = before.apply(event, time.truncatedTo(ChronoUnit.MILLIS));
        if (after.equals(before)) {
            return;
        }
        Enrichment named = after.enrichment();
        after.productId().filter(id -> store.product(id).isEmpty()).ifPresent(id -> store.addProduct(
                new StoredProduct(id, named.productName(), named.brand(), named.category(), named.subcategory(),
                        embedder.embed(ProductNames.description(named.brand(), named.productName())))));
        store.save(after);
    }
}
