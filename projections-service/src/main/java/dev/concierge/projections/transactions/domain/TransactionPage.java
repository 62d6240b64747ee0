package dev.concierge.projections.transactions.domain;

import dev.concierge.projections.requests.domain.Cursor;
import java.util.List;
import java.util.Optional;

/** One page of transactions, newest first, and the cursor of the next page (empty on the last). */
public record TransactionPage(List<Transaction> items, Optional<Cursor> next) {

    public TransactionPage {
        items = List.copyOf(items);
    }
}
