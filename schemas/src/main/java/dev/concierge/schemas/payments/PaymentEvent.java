package dev.concierge.schemas.payments;

import dev.concierge.schemas.common.Description;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.envelope.EventType;
import java.time.Instant;

/** Values of {@code payments.events}, keyed by request id: what happened at the payment gateway. */
public sealed interface PaymentEvent {

    String requestId();

    @EventType("concierge.payment.link-created.v1")
    record PaymentLinkCreated(
            String requestId,
            String quoteId,
            String linkId,
            String url,
            Money amount,
            @Nullable Instant expiresAt) implements PaymentEvent {
    }

    /** {@code capturedAt} is the gateway's time, which may precede the event's own time. */
    @EventType("concierge.payment.captured.v1")
    record PaymentCaptured(
            String requestId,
            String linkId,
            String paymentId,
            Money amount,
            @Nullable String method,
            Instant capturedAt,
            @Nullable @Description("A signed, expiring link to this payment's PDF receipt at payment-worker "
                    + "(GET /v1/receipts/{paymentId}); absent when no receipt was made.") String receiptUrl)
            implements PaymentEvent {

        /** A capture without a receipt link. */
        public PaymentCaptured(String requestId, String linkId, String paymentId, Money amount, String method,
                Instant capturedAt) {
            this(requestId, linkId, paymentId, amount, method, capturedAt, null);
        }
    }

    @EventType("concierge.payment.failed.v1")
    record PaymentFailed(String requestId, @Nullable String linkId, @Nullable String paymentId, String reason)
            implements PaymentEvent {
    }

    @EventType("concierge.payment.link-expired.v1")
    record PaymentLinkExpired(String requestId, String linkId) implements PaymentEvent {
    }

    @EventType("concierge.payment.refund-processed.v1")
    record RefundProcessed(String requestId, String paymentId, String refundId, Money amount) implements PaymentEvent {
    }

    /**
     * One double-entry ledger line: {@code amount} moves from {@code creditAccount} to
     * {@code debitAccount}; {@code reference} is the gateway payment or refund id it records.
     */
    @EventType("concierge.payment.ledger-entry-recorded.v1")
    record LedgerEntryRecorded(
            String requestId,
            String entryId,
            String debitAccount,
            String creditAccount,
            Money amount,
            String reference) implements PaymentEvent {
    }

    @EventType("concierge.payment.link-cancelled.v1")
    record PaymentLinkCancelled(String requestId, String linkId) implements PaymentEvent {
    }

    /** The gateway refused or gave up on a refund; {@code refundId} is absent when it never created one. */
    @EventType("concierge.payment.refund-failed.v1")
    record RefundFailed(String requestId, String paymentId, @Nullable String refundId, Money amount, String reason)
            implements PaymentEvent {
    }

    /**
     * An alert, not a capture: the gateway reports a payment of {@code paid} on a link issued for
     * {@code expected}. The money is at the gateway; a person decides (refund or accept).
     */
    @EventType("concierge.payment.amount-mismatch.v1")
    record PaymentAmountMismatch(String requestId, String linkId, String paymentId, Money expected, Money paid)
            implements PaymentEvent {
    }

    /**
     * The gateway refused a command (a 4xx answer): {@code command} is its record name,
     * {@code reason} the gateway's own message. Not retried.
     */
    @EventType("concierge.payment.command-rejected.v1")
    record PaymentCommandRejected(String requestId, String command, String reason) implements PaymentEvent {
    }
}
