package dev.concierge.ingest.directory.application;

import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.OpeningHours;
import java.util.List;

/** Everything that describes a store in the directory. */
public record StoreProfile(String name, String phone, Address address, List<String> categories,
        List<OpeningHours> openingHours, int radiusMeters) {
}
