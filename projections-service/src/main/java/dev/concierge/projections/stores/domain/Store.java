package dev.concierge.projections.stores.domain;

import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.OpeningHours;
import java.util.List;

/**
 * A store as the directory shows it to staff: its latest description (registration or update) and whether
 * it takes orders now. {@code name} is null for a store whose availability changed before its registration
 * reached the read model. The phone is the store's business WhatsApp number, not personal data.
 */
public record Store(String storeId, String name, String phone, Address address, List<String> categories,
        List<OpeningHours> openingHours, Integer radiusMeters, boolean available, String availabilityReason) {

    public Store {
        categories = categories == null ? List.of() : List.copyOf(categories);
        openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
    }
}
