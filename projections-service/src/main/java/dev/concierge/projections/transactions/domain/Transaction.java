package dev.concierge.projections.transactions.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One payment fact or ledger line of {@code payments.events}, as the transactions list shows it.
 * {@code type} is the fact's record name ({@code LedgerEntryRecorded}, {@code PaymentCaptured},
 * {@code RefundProcessed} …); fields a fact does not have are null. Amounts are in minor units (paise).
 *
 * @param reference the ledger line's reference (the gateway payment or refund id it records)
 * @param receiptUrl the signed link to a capture's PDF receipt at payment-worker, when it made one
 */
public record Transaction(
        String eventId,
        String type,
        String requestId,
        Instant occurredAt,
        String paymentId,
        String refundId,
        String linkId,
        String entryId,
        String debitAccount,
        String creditAccount,
        Long amountMinor,
        String currency,
        String reference,
        String receiptUrl,
        String reason) {

    public Transaction {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
