package dev.concierge.payments.application;

import dev.concierge.payments.ledger.Ledger;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.schemas.payments.PaymentEvent.PaymentAmountMismatch;
import dev.concierge.schemas.payments.PaymentEvent.PaymentCaptured;
import dev.concierge.schemas.payments.PaymentEvent.PaymentFailed;
import dev.concierge.schemas.payments.PaymentEvent.PaymentLinkExpired;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns gateway webhooks into payment facts. Gateways deliver at least once and out of order, so
 * each money movement is claimed once by payment id (or refund or link id): {@code payment_link.paid}
 * and {@code payment.captured} of one payment make one {@code PaymentCaptured}; a failure after the
 * capture is ignored; a payment for another amount than its link's is an alert, not a capture.
 * Every capture gets its receipt, whose signed link travels on {@code PaymentCaptured}.
 */
public final class WebhookHandler {

    private final Links links;
    private final Claims claims;
    private final CapturedPayments payments;
    private final Refunds refunds;
    private final Receipts receipts;

    public WebhookHandler(Links links, Claims claims, CapturedPayments payments, Refunds refunds, Receipts receipts) {
        this.links = links;
        this.claims = claims;
        this.payments = payments;
        this.refunds = refunds;
        this.receipts = receipts;
    }

    public List<PaymentEvent> handle(GatewayNotice n) {
        switch (n.kind()) {
            case PAID:
                return paid(n);
            case FAILED:
                return failed(n);
            case LINK_EXPIRED:
                KnownLink expired = linkOf(n);
                return claims.claim("expiry:" + expired.linkId(), n.eventId())
                        ? List.of(new PaymentLinkExpired(expired.requestId(), expired.linkId())) : List.of();
            case REFUND_PROCESSED:
                return refunds.processed(n.eventId(), requestOfRefund(n), n.paymentId(), n.refundId(), n.amount());
            case REFUND_FAILED:
                return refunds.failed(n.eventId(), requestOfRefund(n), n.paymentId(), n.refundId(), n.amount(),
                        n.reason() != null ? n.reason() : "the gateway failed the refund");
            default:
                return List.of();
        }
    }

    private List<PaymentEvent> paid(GatewayNotice n) {
        KnownLink link = linkOf(n);
        if (!claims.claim("capture:" + n.paymentId(), n.eventId())) {
            return List.of(); // the same payment, told again (by the other webhook or a redelivery)
        }
        payments.remember(new CapturedPayments.Captured(n.paymentId(), link.requestId(), link.linkId()));
        if (!n.amount().equals(link.amount())) {
            return List.of(new PaymentAmountMismatch(link.requestId(), link.linkId(), n.paymentId(), link.amount(), n.amount()));
        }
        String receiptUrl = receipts.issue(new Receipt(n.paymentId(), link.requestId(), link.linkId(),
                link.split().customerId(), n.amount(), n.method(), n.at(), link.split()));
        List<PaymentEvent> events = new ArrayList<>();
        events.add(new PaymentCaptured(link.requestId(), link.linkId(), n.paymentId(), n.amount(), n.method(), n.at(),
                receiptUrl));
        events.addAll(Ledger.capture(link.requestId(), n.paymentId(), link.split(), n.fee()));
        return events;
    }

    private List<PaymentEvent> failed(GatewayNotice n) {
        KnownLink link = linkOf(n);
        if (claims.exists("capture:" + n.paymentId()) || !claims.claim("failure:" + n.paymentId(), n.eventId())) {
            return List.of();
        }
        return List.of(new PaymentFailed(link.requestId(), link.linkId(), n.paymentId(),
                n.reason() != null ? n.reason() : "the payment failed"));
    }

    /** By the link id when the webhook names it, else by the order the gateway made for the link. */
    private KnownLink linkOf(GatewayNotice n) {
        if (n.linkId() != null) {
            return links.byId(n.linkId())
                    .orElseThrow(() -> new UnknownPaymentException("payment link " + n.linkId() + " was not created here"));
        }
        if (n.orderId() != null) {
            return links.byOrderId(n.orderId())
                    .orElseThrow(() -> new UnknownPaymentException("no payment link of order " + n.orderId() + " is known"));
        }
        throw new UnknownPaymentException("the webhook names neither a payment link nor an order");
    }

    private String requestOfRefund(GatewayNotice n) {
        return n.requestId() != null ? n.requestId() : refunds.requestOf(n.paymentId());
    }
}
