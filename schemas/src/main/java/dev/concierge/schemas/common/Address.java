package dev.concierge.schemas.common;

/** A delivery or store address; the location is what store selection measures distance from. */
public record Address(
        String line1,
        @Nullable String line2,
        @Nullable String locality,
        String city,
        String pincode,
        @Nullable GeoPoint location) {
}
