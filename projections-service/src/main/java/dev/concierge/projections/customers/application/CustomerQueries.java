package dev.concierge.projections.customers.application;

import dev.concierge.projections.customers.domain.CustomerFilter;
import dev.concierge.projections.customers.domain.CustomerPage;
import dev.concierge.projections.customers.domain.CustomerProfile;
import java.util.Optional;

/** What the customers read model answers, decrypted; visibility is applied before these are asked. */
public interface CustomerQueries {

    CustomerPage list(CustomerFilter filter);

    Optional<CustomerProfile> byId(String customerId);
}
