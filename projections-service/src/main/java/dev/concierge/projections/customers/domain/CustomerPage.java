package dev.concierge.projections.customers.domain;

import dev.concierge.projections.requests.domain.Cursor;
import java.util.List;
import java.util.Optional;

/** One page of customers, newest first, and the cursor of the next page (empty on the last). */
public record CustomerPage(List<CustomerProfile> items, Optional<Cursor> next) {

    public CustomerPage {
        items = List.copyOf(items);
    }
}
