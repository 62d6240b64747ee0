package dev.concierge.projections.transactions.application;

import dev.concierge.projections.transactions.domain.Transaction;

/** Where transactions are kept ({@code transactions}, one per event id); keeping one twice changes nothing. */
public interface TransactionRecorder {

    void record(Transaction transaction);
}
