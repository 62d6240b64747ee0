package dev.concierge.projections.transactions.domain;

import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.payments.PaymentEvent;
import java.time.Instant;

/** A {@code payments.events} fact as a {@link Transaction}, at the event's own time. */
public final class Transactions {

    private Transactions() {
    }

    public static Transaction from(String eventId, Instant time, PaymentEvent event) {
        Row row = new Row(eventId, event.getClass().getSimpleName(), event.requestId(), time);
        if (event instanceof PaymentEvent.LedgerEntryRecorded entry) {
            row.entryId = entry.entryId();
            row.debitAccount = entry.debitAccount();
            row.creditAccount = entry.creditAccount();
            row.amount(entry.amount());
            row.reference = entry.reference();
        } else if (event instanceof PaymentEvent.PaymentCaptured captured) {
            row.linkId = captured.linkId();
            row.paymentId = captured.paymentId();
            row.amount(captured.amount());
            row.receiptUrl = captured.receiptUrl();
        } else if (event instanceof PaymentEvent.RefundProcessed refund) {
            row.paymentId = refund.paymentId();
            row.refundId = refund.refundId();
            row.amount(refund.amount());
        } else if (event instanceof PaymentEvent.RefundFailed failed) {
            row.paymentId = failed.paymentId();
            row.refundId = failed.refundId();
            row.amount(failed.amount());
            row.reason = failed.reason();
        } else if (event instanceof PaymentEvent.PaymentLinkCreated link) {
            row.linkId = link.linkId();
            row.amount(link.amount());
        } else if (event instanceof PaymentEvent.PaymentFailed failed) {
            row.linkId = failed.linkId();
            row.paymentId = failed.paymentId();
            row.reason = failed.reason();
        } else if (event instanceof PaymentEvent.PaymentLinkExpired expired) {
            row.linkId = expired.linkId();
        } else if (event instanceof PaymentEvent.PaymentLinkCancelled cancelled) {
            row.linkId = cancelled.linkId();
        } else if (event instanceof PaymentEvent.PaymentAmountMismatch mismatch) {
            row.linkId = mismatch.linkId();
            row.paymentId = mismatch.paymentId();
            row.amount(mismatch.paid());
            row.reason = "paid " + mismatch.paid().amountMinor() + " on a link for " + mismatch.expected().amountMinor();
        } else if (event instanceof PaymentEvent.PaymentCommandRejected rejected) {
            row.reason = rejected.command() + ": " + rejected.reason();
        }
        return row.build();
    }

    /** The fields being gathered for one fact; only this class sees it. */
    private static final class Row {
        private final String eventId;
        private final String type;
        private final String requestId;
        private final Instant occurredAt;
        private String paymentId;
        private String refundId;
        private String linkId;
        private String entryId;
        private String debitAccount;
        private String creditAccount;
        private Long amountMinor;
        private String currency;
        private String reference;
        private String receiptUrl;
        private String reason;

        Row(String eventId, String type, String requestId, Instant occurredAt) {
            this.eventId = eventId;
            this.type = type;
            this.requestId = requestId;
            this.occurredAt = occurredAt;
        }

        void amount(Money money) {
            amountMinor = money.amountMinor();
            currency = money.currency();
        }

        Transaction build() {
            return new Transaction(eventId, type, requestId, occurredAt, paymentId, refundId, linkId, entryId,
                    debitAccount, creditAccount, amountMinor, currency, reference, receiptUrl, reason);
        }
    }
}
