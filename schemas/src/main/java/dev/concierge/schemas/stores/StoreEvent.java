package dev.concierge.schemas.stores;

import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.Description;
import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.common.OpeningHours;
import dev.concierge.schemas.envelope.EventType;
import java.util.List;

/** Values of {@code stores.events}, keyed by store id: the store directory. */
public sealed interface StoreEvent {

    String storeId();

    String RADIUS = "How far the store delivers, in metres; absent means the directory's default delivery radius "
            + "(3 km unless configured otherwise).";

    /**
     * A store joined. Its address must have a location: store selection measures the distance to
     * the delivery address and compares it with {@code radiusMeters}, how far the store delivers
     * (absent: the configured default, 3 km).
     */
    @EventType("concierge.store.registered.v1")
    record StoreRegistered(
            String storeId,
            String name,
            String phone,
            Address address,
            List<String> categories,
            List<OpeningHours> openingHours,
            @Nullable @Description(RADIUS) Integer radiusMeters) implements StoreEvent {

        public StoreRegistered {
            categories = Immutable.list(categories);
            openingHours = Immutable.list(openingHours);
            StoreDetails.validate(address, radiusMeters);
        }
    }

    /** The full new description of a store; it replaces the previous one. */
    @EventType("concierge.store.updated.v1")
    record StoreUpdated(
            String storeId,
            String name,
            String phone,
            Address address,
            List<String> categories,
            List<OpeningHours> openingHours,
            @Nullable @Description(RADIUS) Integer radiusMeters) implements StoreEvent {

        public StoreUpdated {
            categories = Immutable.list(categories);
            openingHours = Immutable.list(openingHours);
            StoreDetails.validate(address, radiusMeters);
        }
    }

    /** A store paused or resumed taking orders, e.g. closed for a holiday. */
    @EventType("concierge.store.availability-changed.v1")
    record StoreAvailabilityChanged(String storeId, boolean available, @Nullable String reason) implements StoreEvent {
    }
}
