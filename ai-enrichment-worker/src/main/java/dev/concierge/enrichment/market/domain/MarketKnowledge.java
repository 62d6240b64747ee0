package dev.concierge.enrichment.market.domain;

import dev.concierge.enrichment.market.domain.ProductMatcher.Scored;
import dev.concierge.enrichment.market.domain.SourcedRequest.SentQuote;
import dev.concierge.enrichment.text.domain.TextEmbedder;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.enrichment.PriceEstimate;
import dev.concierge.schemas.enrichment.ProductMatch;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Answers an analysed request from the market: the earlier products most like it (in its category,
 * or among all when it is {@code other}) with the stores that had them, and a price estimate from
 * accepted quotes of the product the analysis named (the same {@link ProductNames#id}; embeddings
 * do not tell variants apart well enough to price one off another), else of its subcategory, else
 * of its category.
 */
public final class MarketKnowledge implements MarketLookup {

    private final MarketStore store;
    private final TextEmbedder embedder;

    public MarketKnowledge(MarketStore store, TextEmbedder embedder) {
        this.store = store;
        this.embedder = embedder;
    }

    @Override
    public MarketView lookup(ProductQuery query) {
        boolean named = query.productName() != null && !query.productName().isBlank();
        String description = named ? ProductNames.description(query.brand(), query.productName()) : query.text();
        List<Scored> nearest = description == null || description.isBlank() ? List.of()
                : ProductMatcher.nearest(embedder.embed(description),
                        store.products(SourcedRequest.OTHER.equals(query.category()) ? null : query.category()));
        Optional<PriceEstimate> estimate = ProductNames.id(query.brand(), query.productName())
                .flatMap(productId -> PriceEstimator.estimate(prices(store.requestsOf(productId)),
                        PriceEstimator.BASIS_PRODUCT, query.productName()))
                .or(() -> Optional.ofNullable(query.subcategory()).flatMap(subcategory -> PriceEstimator.estimate(
                        prices(store.acceptedIn(query.category(), subcategory)), PriceEstimator.BASIS_SUBCATEGORY, subcategory)))
                .or(() -> PriceEstimator.estimate(prices(store.acceptedIn(query.category(), null)),
                        PriceEstimator.BASIS_CATEGORY, query.category()));
        return new MarketView(estimate, nearest.stream().map(this::match).toList());
    }

    private ProductMatch match(Scored scored) {
        StoredProduct product = scored.product();
        List<SourcedRequest> requests = store.requestsOf(product.productId());
        // every store that said it had the item or was quoted, the most recent first
        LinkedHashSet<String> storeIds = new LinkedHashSet<>();
        requests.stream()
                .flatMap(request -> Stream.concat(
                        request.stores().stream().map(sighting -> Map.entry(sighting.at(), sighting.storeId())),
                        request.quotes().stream().map(quote -> Map.entry(quote.at(), quote.storeId()))))
                .sorted(Map.Entry.<Instant, String>comparingByKey().reversed())
                .forEach(seen -> storeIds.add(seen.getValue()));
        Optional<Money> lastPrice = requests.stream().map(SourcedRequest::accepted).filter(accepted -> accepted != null)
                .max(Comparator.comparing(SentQuote::at)).map(SentQuote::itemPrice);
        return new ProductMatch(product.productId(), product.name(), product.brand(), product.category(),
                product.subcategory(), Math.min(1, scored.similarity()), List.copyOf(storeIds),
                (int) requests.stream().filter(SourcedRequest::sourced).count(), lastPrice.orElse(null));
    }

    private static List<Money> prices(List<SourcedRequest> requests) {
        return requests.stream().map(SourcedRequest::accepted).filter(accepted -> accepted != null)
                .map(SentQuote::itemPrice).toList();
    }
}
