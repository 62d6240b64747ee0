package dev.concierge.ingest.requests.application;

import dev.concierge.schemas.common.Address;
import java.util.Optional;

/** The delivery address a customer saved as their default, used when a new request names none. */
@FunctionalInterface
public interface DefaultAddresses {

    Optional<Address> of(String customerId);
}
