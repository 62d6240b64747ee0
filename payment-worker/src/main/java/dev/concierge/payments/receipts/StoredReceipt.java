package dev.concierge.payments.receipts;

import java.time.Instant;

/** A receipt as kept: the PDF, whose it is (for access) and when it was made (its links expire from then). */
public record StoredReceipt(String paymentId, String requestId, String customerId, Instant issuedAt, byte[] pdf) {
}
