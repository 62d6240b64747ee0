package dev.concierge.payments.application;

import dev.concierge.payments.gateway.GatewayLink;
import dev.concierge.payments.gateway.GatewayPayment;
import dev.concierge.payments.gateway.GatewayRejectedException;
import dev.concierge.payments.gateway.GatewayUnavailableException;
import dev.concierge.payments.gateway.NoGatewayConfiguredException;
import dev.concierge.payments.gateway.PaymentGateway;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.schemas.payments.PaymentEvent.PaymentCaptured;
import dev.concierge.schemas.payments.PaymentEvent.PaymentLinkExpired;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks the gateway about every link not yet settled and makes up for webhooks that never came. What
 * it finds goes through {@link WebhookIntake} as a notice with its own id ({@code reconcile:capture:<paymentId>},
 * {@code reconcile:expiry:<linkId>}), so the webhooks' de-duplication decides: a capture or expiry
 * already told by a webhook adds nothing, and a webhook arriving later adds nothing either. A link
 * found paid, expired or cancelled is settled and not asked about again.
 */
public final class Reconciliation {

    /** What one run did; {@code errors} name the link and what went wrong, one per link that could not be checked. */
    public record Summary(int linksChecked, int capturesFound, int expiriesFound, List<String> errors) {
    }

    private final PaymentGateway gateway;
    private final Links links;
    private final WebhookIntake intake;

    public Reconciliation(PaymentGateway gateway, Links links, WebhookIntake intake) {
        this.gateway = gateway;
        this.links = links;
        this.intake = intake;
    }

    /** One run at a time per process: the schedule and an admin's request must not publish the same finding twice. */
    public synchronized Summary run() {
        int checked = 0;
        int captures = 0;
        int expiries = 0;
        List<String> errors = new ArrayList<>();
        for (KnownLink link : links.unsettled()) {
            try {
                GatewayLink state = gateway.fetchLink(link.linkId());
                checked++;
                List<PaymentEvent> found = new ArrayList<>();
                for (GatewayPayment payment : state.payments()) {
                    if (payment.captured()) {
                        found.addAll(intake.receive(captured(link, gateway.fetchPayment(payment.id()))));
                    }
                }
                if (GatewayLink.EXPIRED.equals(state.status())) {
                    found.addAll(intake.receive(expired(link, state)));
                }
                captures += (int) found.stream().filter(PaymentCaptured.class::isInstance).count();
                expiries += (int) found.stream().filter(PaymentLinkExpired.class::isInstance).count();
                if (state.settled()) {
                    links.settle(link.linkId(), state.status());
                }
            } catch (GatewayRejectedException | GatewayUnavailableException | NoGatewayConfiguredException
                    | UnknownPaymentException e) {
                errors.add(link.linkId() + ": " + e.getMessage());
            }
        }
        return new Summary(checked, captures, expiries, errors);
    }

    private static GatewayNotice captured(KnownLink link, GatewayPayment payment) {
        Money fee = payment.feeMinor() != null ? new Money(payment.feeMinor(), payment.currency()) : null;
        return new GatewayNotice("reconcile:capture:" + payment.id(), GatewayNotice.Kind.PAID, link.requestId(),
                link.linkId(), link.orderId(), payment.id(), null, new Money(payment.amountMinor(), payment.currency()),
                fee, payment.method(), null, payment.createdAt());
    }

    private static GatewayNotice expired(KnownLink link, GatewayLink state) {
        return new GatewayNotice("reconcile:expiry:" + link.linkId(), GatewayNotice.Kind.LINK_EXPIRED, link.requestId(),
                link.linkId(), link.orderId(), null, null, null, null, null, null, state.expiresAt());
    }
}
