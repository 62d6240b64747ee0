package dev.concierge.ingest.shared.web;

import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.GeoPoint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An address as clients send it; Indian PIN codes have six digits and never start with 0. */
public record AddressBody(
        @NotBlank @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @Size(max = 100) String locality,
        @NotBlank @Size(max = 100) String city,
        @NotBlank @Pattern(regexp = "[1-9][0-9]{5}", message = "must be a 6-digit PIN code") String pincode,
        GeoPoint location) {

    public Address toAddress() {
        return new Address(line1, line2, locality, city, pincode, location);
    }
}
