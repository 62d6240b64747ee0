package dev.concierge.enrichment.market.domain;

import dev.concierge.schemas.enrichment.PriceEstimate;
import dev.concierge.schemas.enrichment.ProductMatch;
import java.util.List;
import java.util.Optional;

/** The price customers accepted for such an item (none without a sample) and the earlier products like it, best first. */
public record MarketView(Optional<PriceEstimate> priceEstimate, List<ProductMatch> matches) {

    public MarketView {
        matches = List.copyOf(matches);
    }
}
