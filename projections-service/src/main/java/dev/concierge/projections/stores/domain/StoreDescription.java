package dev.concierge.projections.stores.domain;

import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.OpeningHours;
import dev.concierge.schemas.stores.StoreEvent.StoreRegistered;
import dev.concierge.schemas.stores.StoreEvent.StoreUpdated;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A store's full description from its registration or its latest update: each replaces the one before. */
public record StoreDescription(String storeId, String name, String phone, Address address, List<String> categories,
        List<OpeningHours> openingHours, Integer radiusMeters) {

    public static StoreDescription of(StoreRegistered registered) {
        return new StoreDescription(registered.storeId(), registered.name(), registered.phone(), registered.address(),
                registered.categories(), registered.openingHours(), registered.radiusMeters());
    }

    public static StoreDescription of(StoreUpdated updated) {
        return new StoreDescription(updated.storeId(), updated.name(), updated.phone(), updated.address(),
                updated.categories(), updated.openingHours(), updated.radiusMeters());
    }

    /** The name lower-cased: the directory's order. */
    public String sortKey() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Name, locality and city lower-cased, for the free-text filter (no {@code $text} on the Mongo-wire server). */
    public String searchText() {
        return Stream.of(name, address.locality(), address.city()).filter(Objects::nonNull)
                .map(part -> part.toLowerCase(Locale.ROOT)).collect(Collectors.joining("\n"));
    }
}
