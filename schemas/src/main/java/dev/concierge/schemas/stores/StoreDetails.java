package dev.concierge.schemas.stores;

import dev.concierge.schemas.common.Address;

/** Rules shared by the events that describe a whole store. */
final class StoreDetails {

    private StoreDetails() {
    }

    static void validate(Address address, Integer radiusMeters) {
        if (address != null && address.location() == null) {
            throw new IllegalArgumentException("a store address needs a location");
        }
        if (radiusMeters != null && radiusMeters <= 0) {
            throw new IllegalArgumentException("radiusMeters must be positive, was " + radiusMeters);
        }
    }
}
