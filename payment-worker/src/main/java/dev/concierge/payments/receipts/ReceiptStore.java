package dev.concierge.payments.receipts;

import java.util.Optional;

/** Where receipts are kept (MongoDB): one per payment id. */
public interface ReceiptStore {

    /** Keeps the receipt unless its payment has one; answers the one kept (the first wins). */
    StoredReceipt keepFirst(StoredReceipt receipt);

    Optional<StoredReceipt> byPaymentId(String paymentId);
}
