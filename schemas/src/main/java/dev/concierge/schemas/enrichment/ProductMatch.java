package dev.concierge.schemas.enrichment;

import dev.concierge.schemas.common.Description;
import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.Nullable;
import java.util.List;

/**
 * A product sourced for an earlier request that resembles this one, so the agent can go straight to
 * the stores that had it. {@code similarity} is the cosine similarity of the two descriptions (0 to 1).
 */
public record ProductMatch(
        @Description("Stable id of the product in the worker's product store.") String productId,
        String name,
        @Nullable String brand,
        String category,
        @Nullable String subcategory,
        double similarity,
        @Description("Stores that quoted it, most recent first.") List<String> storeIds,
        @Description("How many requests sourced it.") int timesSourced,
        @Nullable @Description("The last accepted item price.") Money lastPrice) {

    public ProductMatch {
        storeIds = storeIds == null ? List.of() : Immutable.list(storeIds);
    }
}
