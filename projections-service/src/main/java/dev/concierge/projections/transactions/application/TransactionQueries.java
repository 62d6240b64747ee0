package dev.concierge.projections.transactions.application;

import dev.concierge.projections.transactions.domain.TransactionFilter;
import dev.concierge.projections.transactions.domain.TransactionPage;
import java.util.Set;

/** Reads of {@code transactions}. */
public interface TransactionQueries {

    /**
     * A page under {@code filter}, newest first; with {@code requestIds} (not null), only of those
     * requests (its customer criterion already resolved to them).
     */
    TransactionPage list(TransactionFilter filter, Set<String> requestIds);
}
