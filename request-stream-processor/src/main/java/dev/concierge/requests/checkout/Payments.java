package dev.concierge.requests.checkout;

import dev.concierge.requests.lifecycle.Amounts;
import dev.concierge.requests.lifecycle.Changes;
import dev.concierge.requests.lifecycle.Decision;
import dev.concierge.requests.lifecycle.Input;
import dev.concierge.requests.lifecycle.LifecyclePolicy;
import dev.concierge.requests.lifecycle.Outbound;
import dev.concierge.schemas.common.Actor;
import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestCommand.AcceptQuote;
import dev.concierge.schemas.requests.RequestCommand.CancelRequest;
import dev.concierge.schemas.requests.RequestEvent.Cancelled;
import dev.concierge.schemas.requests.RequestEvent.PaymentLinkIssued;
import dev.concierge.schemas.requests.RequestEvent.PaymentLinkRequested;
import dev.concierge.schemas.requests.RequestEvent.PaymentLinkResent;
import dev.concierge.schemas.requests.RequestEvent.QuoteAccepted;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.util.List;
import java.util.Map;

/** Accepting a quote, the payment link, capture and failure, expiry and cancelling before payment. */
public final class Payments {

    /** The media type of the payment worker's receipts, for the email's attachment. */
    private static final String RECEIPT_TYPE = "application/pdf";

    private final LifecyclePolicy policy;
    private final Refunds refunds;

    public Payments(LifecyclePolicy policy, Refunds refunds) {
        this.policy = policy;
        this.refunds = refunds;
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
                                : "Concierge request " + s.requestId(),
                        s.quote().itemPrice(), s.quote().deliveryFee(), s.quote().storeId()));
        return changes.accept();
    }

    /** 1 for the first link, one more each time the request waits for payment again (a re-accept). */
    private static int linkAttempt(Changes changes) {
        return (int) changes.state().snapshot().transitions().stream()
                .filter(t -> t.status() == RequestStatus.AWAITING_PAYMENT).count();
    }

    /**
     * The link the customer pays on. A redelivered one is already known. One that arrives after the
     * request was cancelled while waiting for it is recorded and closed at once, so nobody pays it.
     */
    public Decision linkCreated(Input.PaymentLinkCreated link, Changes changes) {
        RequestSnapshot s = changes.state().snapshot();
        if (s.paymentLink() != null && s.paymentLink().linkId().equals(link.linkId())) {
            return new Decision.Ignored("link " + link.linkId() + " was already issued");
        }
        PaymentLinkIssued issued = new PaymentLinkIssued(s.requestId(), link.linkId(), link.url(), link.amount(),
                link.expiresAt());
        if (s.status() == RequestStatus.CANCELLED) {
            if (!cancelledWhileWaitingForLink(s)) {
                return new Decision.Ignored("link " + link.linkId() + " is for a payment this request no longer waited for");
            }
            changes.fact(issued).send(new Outbound.CancelPaymentLink(s.requestId(), link.linkId(),
                    "the request was cancelled before its payment link was issued"));
            return changes.accept();
        }
        changes.fact(issued)
                .notifyCustomer("request.payment-link", Map.of("url", link.url(), "amount", Amounts.format(link.amount())));
        return changes.accept();
    }

    /**
     * The customer is sent the live link again: the same url, template and channels as when it was issued.
     * The message's idempotency key is the command's event id, so one command is one message even if the
     * command is decided twice; a redelivered command already answered is ignored. Without a live link
     * (not issued yet, or past its expiry before the gateway reported it) the command is rejected: an
     * expired link takes the request back to QUOTED, where accepting the quote again issues a new link.
     */
    public Decision resendLink(Input.Command input, Changes changes) {
        RequestSnapshot s = changes.state().snapshot();
        if (changes.state().resentBy().contains(input.eventId())) {
            return new Decision.Ignored("resend " + input.eventId() + " was already answered");
        }
        RequestSnapshot.PaymentLink link = s.paymentLink();
        if (link == null) {
            return new Decision.Rejected("the payment link has not been issued yet; the customer gets it as soon as it is");
        }
        if (link.expiresAt() != null && !changes.now().isBefore(link.expiresAt())) {
            return new Decision.Rejected("payment link " + link.linkId() + " expired at " + link.expiresAt()
                    + "; once the request is back in QUOTED, accepting the quote again issues a new link");
        }
        changes.fact(new PaymentLinkResent(s.requestId(), link.linkId(), link.url(), input.eventId(),
                        input.command().issuedBy()))
                .notifyCustomerOnce("resend/" + input.eventId(), "request.payment-link",
                        Map.of("url", link.url(), "amount", Amounts.format(link.amount())));
        return changes.accept();
    }

    /** Cancelled straight from AWAITING_PAYMENT (not after an expired link), and no link had arrived yet. */
    private static boolean cancelledWhileWaitingForLink(RequestSnapshot s) {
        List<RequestSnapshot.Transition> path = s.transitions();
        return s.paymentLink() == null && path.size() >= 2
                && path.get(path.size() - 2).status() == RequestStatus.AWAITING_PAYMENT;
    }

    /** Paid: the customer, the store (to pack, over WhatsApp) and the agent hear of it. Paid after a cancel: refund. */
    public Decision captured(Input.PaymentCaptured payment, Changes changes) {
        RequestSnapshot s = changes.state().snapshot();
        changes.fact(new RequestEvent.PaymentCaptured(s.requestId(), payment.paymentId(), payment.amount()));
        if (s.status() == RequestStatus.CANCELLED) {
            return refunds.start(changes, payment.paymentId(), payment.amount(), "paid after the request was cancelled");
        }
        List<Attachment> receipt = payment.receiptUrl() == null ? List.of()
                : List.of(new Attachment(null, payment.receiptUrl(), RECEIPT_TYPE));
        changes.notifyCustomer("request.paid", Map.of("amount", Amounts.format(payment.amount())), receipt);
        if (s.quote() != null) {
            changes.notify(new Recipient(s.quote().storeId(), Recipient.Kind.STORE, null, null), List.of(Channel.WHATSAPP),
                    "store.pack-order", Map.of("requestId", s.requestId(), "itemPrice", Amounts.format(s.quote().itemPrice())));
        }
        changes.notifyAgent("agent.payment-received", Map.of("requestId", s.requestId()));
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
            // no CancelPaymentLink: the gateway closed the expired link itself
            changes.fact(new Cancelled(s.requestId(), "the payment link expired", Actor.system("request-stream-processor")));
        }
        changes.notifyCustomer("request.payment-link-expired", Map.of("requestId", s.requestId()));
        return changes.accept();
    }

    /**
     * Before payment a cancel ends the request, and closes a link the customer could still pay on; after
     * payment it becomes a full refund.
     */
    public Decision cancel(Input.Command input, Changes changes) {
        CancelRequest c = (CancelRequest) input.command();
        RequestSnapshot s = changes.state().snapshot();
        if (s.payment() != null) {
            return refunds.start(changes, s.payment().paymentId(), s.payment().amount(), c.reason());
        }
        changes.fact(new Cancelled(s.requestId(), c.reason(), c.issuedBy()))
                .notifyCustomer("request.cancelled", Map.of("reason", c.reason()));
        if (s.status() == RequestStatus.AWAITING_PAYMENT && s.paymentLink() != null) {
            changes.send(new Outbound.CancelPaymentLink(s.requestId(), s.paymentLink().linkId(), c.reason()));
        }
        return changes.accept();
    }
}
