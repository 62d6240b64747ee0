package dev.concierge.payments.application;

import dev.concierge.payments.ledger.Ledger;
import dev.concierge.payments.ledger.Split;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.schemas.payments.PaymentEvent.RefundFailed;
import dev.concierge.schemas.payments.PaymentEvent.RefundProcessed;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a refund, whether the gateway's answer to our call or a later webhook says it: one
 * {@code RefundProcessed} (with its ledger entries) or one {@code RefundFailed} per refund id, and
 * never a failure after it was processed.
 */
public final class Refunds {

    private final Claims claims;
    private final CapturedPayments payments;
    private final Links links;

    public Refunds(Claims claims, CapturedPayments payments, Links links) {
        this.claims = claims;
        this.payments = payments;
        this.links = links;
    }

    public List<PaymentEvent> processed(String cause, String requestId, String paymentId, String refundId, Money amount) {
        if (!claims.claim("refund:" + refundId, cause)) {
            return List.of();
        }
        List<PaymentEvent> events = new ArrayList<>();
        events.add(new RefundProcessed(requestId, paymentId, refundId, amount));
        events.addAll(Ledger.refund(requestId, refundId, amount, splitOf(paymentId, amount)));
        return events;
    }

    public List<PaymentEvent> failed(String cause, String requestId, String paymentId, String refundId, Money amount,
            String reason) {
        if (claims.exists("refund:" + refundId) || !claims.claim("refund-failed:" + refundId, cause)) {
            return List.of();
        }
        return List.of(new RefundFailed(requestId, paymentId, refundId, amount, reason));
    }

    /** The request of a payment this worker saw captured, for refund webhooks that lack our notes. */
    public String requestOf(String paymentId) {
        return payments.byId(paymentId).map(CapturedPayments.Captured::requestId)
                .orElseThrow(() -> new UnknownPaymentException("no captured payment " + paymentId + " is known"));
    }

    private Split splitOf(String paymentId, Money amount) {
        return payments.byId(paymentId)
                .flatMap(payment -> links.byId(payment.linkId()))
                .map(KnownLink::split)
                .orElseGet(() -> new Split(null, amount, null, null, null));
    }
}
