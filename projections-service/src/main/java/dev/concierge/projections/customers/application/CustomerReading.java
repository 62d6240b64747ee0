package dev.concierge.projections.customers.application;

import dev.concierge.projections.customers.domain.CustomerFilter;
import dev.concierge.projections.customers.domain.CustomerPage;
import dev.concierge.projections.customers.domain.CustomerProfile;
import dev.concierge.projections.requests.domain.Viewer;
import java.util.Optional;

/** The query side: staff list and read every customer; a customer reads only themselves. */
public final class CustomerReading {

    private final CustomerQueries queries;

    public CustomerReading(CustomerQueries queries) {
        this.queries = queries;
    }

    /** Empty for a customer: the directory is staff's. */
    public Optional<CustomerPage> list(CustomerFilter filter, Viewer viewer) {
        return viewer.isStaff() ? Optional.of(queries.list(filter)) : Optional.empty();
    }

    /** Empty both when there is no such customer and when the viewer is another customer: the two look alike. */
    public Optional<CustomerProfile> profile(String customerId, Viewer viewer) {
        return viewer.mayRead(customerId) ? queries.byId(customerId) : Optional.empty();
    }
}
