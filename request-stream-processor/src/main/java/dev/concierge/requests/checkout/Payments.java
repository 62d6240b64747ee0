package dev.concierge.requests.checkout;

import dev.concierge.requests.lifecycle.Amounts;
import dev.concierge.requests.lifecycle.Changes;
import dev.concierge.requests.lifecycle.Decision;
import dev.concierge.requests.lifecycle.Input;
import dev.concierge.requests.lifecycle.LifecyclePolicy;
import dev.concierge.requests.lifecycle.Outbound;
import dev.concierge.schemas.common.Actor;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestCommand.AcceptQuote;
import dev.concierge.schemas.requests.RequestCommand.CancelRequest;
import dev.concierge.schemas.requests.RequestCommand.RequestRefund;
import dev.concierge.schemas.requests.RequestEvent.Cancelled;
import dev.concierge.schemas.requests.RequestEvent.PaymentLinkIssued;
import dev.concierge.schemas.requests.RequestEvent.PaymentLinkRequested;
import dev.concierge.schemas.requests.RequestEvent.QuoteAccepted;
import dev.concierge.schemas.requests.RequestEvent.RefundRequested;
import dev.concierge.schemas.requests.RequestEvent.Refunded;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.util.List;
import java.util.Map;

/** Accepting a quote, the payment link, capture and failure, cancellation and refunds. */
public final class Payments {

    private final LifecyclePolicy policy;

    public Payments(LifecyclePolicy policy) {
        this.policy = policy;
    }

    public Decision acceptQuote(Input.Command input, Changes changes) {
        AcceptQuote c = (AcceptQuote) input.command();
        RequestSnapshot s = changes.state().snapshot();
        if (!s.quote().quoteId().equals(c.quoteId())) {
            return new Decision.Rejected("quote " + c.quoteId() + " is not the current quote " + s.quote().quoteId());
        }
        if ("customer".equals(c.issuedBy().role()) && !c.issuedBy().id().equals(s.customerId())) {
            return new Decision.Rejected("only the customer who made the request can accept its quote");
        }
        Money total = s.quote().total();
        changes.fact(new QuoteAccepted(s.requestId(), c.quoteId(), total))
                .fact(new PaymentLinkRequested(s.requestId(), c.quoteId(), total))
                .send(new Outbound.CreatePaymentLink(s.requestId(), c.quoteId(), linkAttempt(changes), total, s.customerId(),
                        s.enrichment() != null && s.enrichment().summary() != null ? s.enrichment().summary()
                                : "Concierge request " + s.requestId()));
        return changes.accept();
    }

    /** 1 for the first link, one more each time the request waits for payment again (a re-accept). */
    private static int linkAttempt(Changes changes) {
        return (int) changes.state().snapshot().transitions().stream()
                .filter(t -> t.status() == RequestStatus.AWAITING_PAYMENT).count();
    }

    public Decision linkCreated(Input.PaymentLinkCreated link, Changes changes) {
        changes.fact(new PaymentLinkIssued(changes.requestId(), link.linkId(), link.url(), link.amount(), link.expiresAt()))
                .notifyCustomer("request.payment-link", Map.of("url", link.url(), "amount", Amounts.format(link.amount())));
        return changes.accept();
    }

    /** Paid: the customer, the store (to pack, over WhatsApp) and the agent hear of it. Paid after a cancel: refund. */
    public Decision captured(Input.PaymentCaptured payment, Changes changes) {
        RequestSnapshot s = changes.state().snapshot();
        changes.fact(new RequestEvent.PaymentCaptured(s.requestId(), payment.paymentId(), payment.amount()));
        if (s.status() == RequestStatus.CANCELLED) {
            return refund(changes, payment.paymentId(), payment.amount(), "paid after the request was cancelled");
        }
        changes.notifyCustomer("request.paid", Map.of("amount", Amounts.format(payment.amount())));
        if (s.quote() != null) {
            changes.notify(new Recipient(s.quote().storeId(), Recipient.Kind.STORE, null, null), List.of(Channel.WHATSAPP),
                    "store.pack-order", Map.of("requestId", s.requestId(), "itemPrice", Amounts.format(s.quote().itemPrice())));
        }
        if (s.agentId() != null) {
            changes.notify(new Recipient(s.agentId(), Recipient.Kind.AGENT, null, null), List.of(Channel.IN_APP),
                    "agent.payment-received", Map.of("requestId", s.requestId()));
        }
        return changes.accept();
    }

    public Decision failed(Input.PaymentFailed failure, Changes changes) {
        changes.fact(new RequestEvent.PaymentFailed(changes.requestId(), failure.reason()))
                .notifyCustomer("request.payment-failed", Map.of("reason", failure.reason()));
        return changes.accept();
    }

    public Decision linkExpired(Input.PaymentLinkExpired expiry, Changes changes) {
        RequestSnapshot s = changes.state().snapshot();
        if (s.paymentLink() != null && !s.paymentLink().linkId().equals(expiry.linkId())) {
            return new Decision.Ignored("link " + expiry.linkId() + " is not the current payment link");
        }
        changes.fact(new RequestEvent.PaymentLinkExpired(s.requestId(), expiry.linkId()));
        if (policy.onPaymentLinkExpiry() == LifecyclePolicy.OnExpiry.CANCEL) {
            changes.fact(new Cancelled(s.requestId(), "the payment link expired", Actor.system("request-stream-processor")));
        }
        changes.notifyCustomer("request.payment-link-expired", Map.of("requestId", s.requestId()));
        return changes.accept();
    }

    /** Before payment a cancel ends the request; after payment it becomes a full refund. */
    public Decision cancel(Input.Command input, Changes changes) {
        CancelRequest c = (CancelRequest) input.command();
        RequestSnapshot s = changes.state().snapshot();
        if (s.payment() != null) {
            return refund(changes, s.payment().paymentId(), s.payment().amount(), c.reason());
        }
        changes.fact(new Cancelled(s.requestId(), c.reason(), c.issuedBy()))
                .notifyCustomer("request.cancelled", Map.of("reason", c.reason()));
        return changes.accept();
    }

    public Decision requestRefund(Input.Command input, Changes changes) {
        RequestRefund c = (RequestRefund) input.command();
        RequestSnapshot.Payment paid = changes.state().snapshot().payment();
        Money amount = c.amount() != null ? c.amount() : paid.amount();
        if (amount.amountMinor() == 0) {
            return new Decision.Rejected("a refund needs an amount above zero");
        }
        if (!amount.currency().equals(paid.amount().currency()) || amount.amountMinor() > paid.amount().amountMinor()) {
            return new Decision.Rejected("a refund of " + Amounts.format(amount) + " exceeds the payment of "
                    + Amounts.format(paid.amount()));
        }
        return refund(changes, paid.paymentId(), amount, c.reason());
    }

    public Decision refunded(Input.RefundProcessed refund, Changes changes) {
        changes.fact(new Refunded(changes.requestId(), refund.refundId(), refund.amount()))
                .notifyCustomer("request.refunded", Map.of("amount", Amounts.format(refund.amount())));
        return changes.accept();
    }

    private Decision refund(Changes changes, String paymentId, Money amount, String reason) {
        changes.fact(new RefundRequested(changes.requestId(), paymentId, amount, reason))
                .send(new Outbound.RefundPayment(changes.requestId(), paymentId, amount, reason))
                .notifyCustomer("request.refund-started", Map.of("amount", Amounts.format(amount), "reason", reason));
        return changes.accept();
    }
}
