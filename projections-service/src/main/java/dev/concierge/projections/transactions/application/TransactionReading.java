package dev.concierge.projections.transactions.application;

import dev.concierge.projections.requests.domain.Viewer;
import dev.concierge.projections.transactions.domain.TransactionFilter;
import dev.concierge.projections.transactions.domain.TransactionPage;
import java.util.Optional;

/** The transactions list, limited to what the viewer may see: a customer sees those of their own requests. */
public final class TransactionReading {

    private final TransactionQueries queries;
    private final CustomerRequests customerRequests;

    public TransactionReading(TransactionQueries queries, CustomerRequests customerRequests) {
        this.queries = queries;
        this.customerRequests = customerRequests;
    }

    /** Empty when a customer asks for another customer's transactions. */
    public Optional<TransactionPage> list(TransactionFilter filter, Viewer viewer) {
        return filter.visibleTo(viewer).map(visible -> queries.list(visible,
                visible.customerId() == null ? null : customerRequests.of(visible.customerId())));
    }
}
