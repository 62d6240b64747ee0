package dev.concierge.payments.application;

import dev.concierge.payments.gateway.GatewayLink;
import dev.concierge.payments.gateway.GatewayRefund;
import dev.concierge.payments.gateway.GatewayRejectedException;
import dev.concierge.payments.gateway.LinkRequest;
import dev.concierge.payments.gateway.PaymentGateway;
import dev.concierge.payments.ledger.Split;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.payments.PaymentCommand;
import dev.concierge.schemas.payments.PaymentCommand.CancelPaymentLink;
import dev.concierge.schemas.payments.PaymentCommand.CreatePaymentLink;
import dev.concierge.schemas.payments.PaymentCommand.RefundPayment;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.schemas.payments.PaymentEvent.PaymentCommandRejected;
import dev.concierge.schemas.payments.PaymentEvent.PaymentLinkCancelled;
import dev.concierge.schemas.payments.PaymentEvent.PaymentLinkCreated;
import dev.concierge.schemas.payments.PaymentEvent.RefundFailed;
import java.util.List;

/**
 * Carries out one command at the gateway and says what happened. Safe to run again for the same
 * command: a link is looked up by its reference id and a refund by its receipt (the command's event
 * id) before anything is created. A gateway refusal is an event; a gateway that cannot answer
 * throws, so the caller retries.
 */
public final class PaymentCommandHandler {

    private final PaymentGateway gateway;
    private final Links links;
    private final CustomerContacts contacts;
    private final Refunds refunds;

    public PaymentCommandHandler(PaymentGateway gateway, Links links, CustomerContacts contacts, Refunds refunds) {
        this.gateway = gateway;
        this.links = links;
        this.contacts = contacts;
        this.refunds = refunds;
    }

    public List<PaymentEvent> handle(String commandId, PaymentCommand command) {
        if (command instanceof CreatePaymentLink create) {
            return create(create);
        }
        if (command instanceof RefundPayment refund) {
            return refund(commandId, refund);
        }
        return cancel((CancelPaymentLink) command);
    }

    private List<PaymentEvent> create(CreatePaymentLink c) {
        String reference = LinkReference.of(c.requestId(), c.attempt());
        try {
            GatewayLink link = gateway.findLink(reference).orElseGet(() -> gateway.createLink(linkRequest(c, reference)));
            links.remember(new KnownLink(link.id(), c.requestId(), c.quoteId(), c.attempt(), reference, link.orderId(),
                    c.amount(), new Split(c.customerId(), c.amount(), c.itemPrice(), c.deliveryFee(), c.storeId())));
            return List.of(new PaymentLinkCreated(c.requestId(), c.quoteId(), link.id(), link.url(), c.amount(),
                    link.expiresAt() != null ? link.expiresAt() : c.expiresAt()));
        } catch (GatewayRejectedException e) {
            return List.of(new PaymentCommandRejected(c.requestId(), "CreatePaymentLink", e.getMessage()));
        }
    }

    /** The command's own contacts win; the customer directory fills what it lacks. */
    private LinkRequest linkRequest(CreatePaymentLink c, String reference) {
        CustomerContacts.Contact known = contacts.of(c.customerId()).orElse(new CustomerContacts.Contact(null, null));
        return new LinkRequest(reference, c.amount(), c.description(),
                c.customerPhone() != null ? c.customerPhone() : known.phone(),
                c.customerEmail() != null ? c.customerEmail() : known.email(),
                c.expiresAt(), c.requestId(), c.quoteId());
    }

    private List<PaymentEvent> refund(String commandId, RefundPayment r) {
        try {
            GatewayRefund refund = gateway.findRefund(r.paymentId(), commandId)
                    .orElseGet(() -> gateway.refund(r.paymentId(), r.amount(), commandId, r.requestId()));
            Money amount = new Money(refund.amountMinor(), refund.currency());
            if (refund.processed()) {
                return refunds.processed(commandId, r.requestId(), r.paymentId(), refund.id(), amount);
            }
            if (refund.failed()) {
                return refunds.failed(commandId, r.requestId(), r.paymentId(), refund.id(), amount, "the gateway failed the refund");
            }
            return List.of(); // pending: the gateway's refund.processed or refund.failed webhook completes it
        } catch (GatewayRejectedException e) {
            return List.of(new RefundFailed(r.requestId(), r.paymentId(), null, r.amount(), e.getMessage()));
        }
    }

    /** Cancelling an already cancelled link is done, not refused: a redelivered command answers the same. */
    private List<PaymentEvent> cancel(CancelPaymentLink x) {
        try {
            try {
                gateway.cancelLink(x.linkId());
            } catch (GatewayRejectedException refused) {
                if (!gateway.fetchLink(x.linkId()).cancelled()) {
                    throw refused;
                }
            }
            return List.of(new PaymentLinkCancelled(x.requestId(), x.linkId()));
        } catch (GatewayRejectedException e) {
            return List.of(new PaymentCommandRejected(x.requestId(), "CancelPaymentLink", e.getMessage()));
        }
    }
}
