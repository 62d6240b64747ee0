package dev.concierge.requests.sourcing;

import dev.concierge.schemas.common.GeoPoint;
import dev.concierge.schemas.common.OpeningHours;
import java.util.List;
import java.util.Set;

/**
 * A store as the directory knows it. {@code deliveryRadiusKm} is how far the shop itself is willing
 * to serve; {@code active} is false while the shop has paused taking requests.
 */
public record Store(
        String storeId,
        String name,
        String phone,
        GeoPoint location,
        Set<String> categories,
        List<OpeningHours> openingHours,
        double deliveryRadiusKm,
        boolean active) {

    public Store {
        categories = Set.copyOf(categories);
        openingHours = List.copyOf(openingHours);
    }
}
