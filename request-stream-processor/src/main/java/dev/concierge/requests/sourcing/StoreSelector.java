package dev.concierge.requests.sourcing;

import dev.concierge.schemas.common.GeoPoint;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Picks the shops to ask: they sell the category, are open now, are within the search radius of
 * the delivery address (and within their own delivery radius), best track record first, nearer
 * first on equal scores.
 */
public final class StoreSelector {

    public record Search(String category, GeoPoint near, double radiusKm, Set<String> exclude, int limit) {
    }

    public List<Store> select(StoreCatalog catalog, Search search, Instant now) {
        record Candidate(Store store, double distanceKm, double score) {
        }
        return catalog.stores().stream()
                .filter(Store::active)
                .filter(store -> !search.exclude().contains(store.storeId()))
                .filter(store -> sells(store, search.category()))
                .filter(store -> OpeningTimes.isOpen(store.openingHours(), now))
                .map(store -> new Candidate(store, Distance.haversineKm(search.near(), store.location()),
                        catalog.performance(store.storeId()).score()))
                .filter(c -> c.distanceKm() <= search.radiusKm() && c.distanceKm() <= c.store().deliveryRadiusKm())
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparingDouble(Candidate::distanceKm)
                        .thenComparing(c -> c.store().storeId()))
                .limit(search.limit())
                .map(Candidate::store)
                .toList();
    }

    private static boolean sells(Store store, String category) {
        return store.categories().stream().anyMatch(c -> c.equalsIgnoreCase(category));
    }
}
