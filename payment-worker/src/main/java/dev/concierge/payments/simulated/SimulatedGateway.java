package dev.concierge.payments.simulated;

import dev.concierge.payments.gateway.GatewayLink;
import dev.concierge.payments.gateway.GatewayRefund;
import dev.concierge.payments.gateway.GatewayRejectedException;
import dev.concierge.payments.gateway.LinkRequest;
import dev.concierge.payments.gateway.PaymentGateway;
import dev.concierge.payments.simulated.WebhookSender.Delivery;
import dev.concierge.schemas.common.Money;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The local default gateway when no Razorpay keys are set: links live in MongoDB and are paid on
 * this service's own pay page ({@code <public base>/pay/<linkId>}), which posts webhooks signed like
 * Razorpay's to the ingest API. It refuses what Razorpay refuses, with Razorpay's error codes, so the
 * command handler treats both gateways alike. Refunds are processed at once and announced with a
 * {@code refund.processed} webhook, as Razorpay does for a normal refund that settles.
 */
public final class SimulatedGateway implements PaymentGateway {

    private static final Logger LOG = Logger.getLogger(SimulatedGateway.class);

    private final SimulatedLinks links;
    private final WebhookSender sender;
    private final URI publicBaseUrl;
    private final Clock clock;
    private final Checkout checkout;

    public SimulatedGateway(SimulatedLinks links, WebhookSender sender, URI publicBaseUrl, Clock clock) {
        this.links = links;
        this.sender = sender;
        this.publicBaseUrl = publicBaseUrl;
        this.clock = clock;
        this.checkout = new Checkout(links, sender, clock);
    }

    @Override
    public String name() {
        return "simulated";
    }

    /** The pay page's side of this gateway. */
    public Checkout checkout() {
        return checkout;
    }

    @Override
    public Optional<GatewayLink> findLink(String referenceId) {
        return links.byReference(referenceId).map(this::gatewayLink);
    }

    @Override
    public GatewayLink createLink(LinkRequest request) {
        return gatewayLink(links.insert(new SimulatedLink(RazorpayIds.next("plink"), request.referenceId(),
                RazorpayIds.next("order"), request.amount(), request.description(), request.requestId(),
                request.quoteId(), SimulatedLink.CREATED, clock.instant(), request.expiresAt(), null, List.of())));
    }

    @Override
    public GatewayLink fetchLink(String linkId) {
        return gatewayLink(existing(linkId));
    }

    @Override
    public GatewayLink cancelLink(String linkId) {
        String status = existing(linkId).statusAt(clock.instant());
        if (!SimulatedLink.CREATED.equals(status) || !links.markCancelled(linkId)) {
            throw new GatewayRejectedException("BAD_REQUEST_ERROR:Payment Link can not be cancelled in "
                    + existing(linkId).statusAt(clock.instant()) + " state");
        }
        return fetchLink(linkId);
    }

    @Override
    public Optional<GatewayRefund> findRefund(String paymentId, String receipt) {
        return links.refundsOf(paymentId).stream().filter(r -> receipt.equals(r.receipt())).findFirst()
                .map(SimulatedGateway::gatewayRefund);
    }

    @Override
    public GatewayRefund refund(String paymentId, Money amount, String receipt, String requestId) {
        SimulatedLink link = links.byPayment(paymentId)
                .orElseThrow(() -> new GatewayRejectedException("BAD_REQUEST_ERROR:The id provided does not exist"));
        long refunded = links.refundsOf(paymentId).stream().mapToLong(r -> r.amount().amountMinor()).sum();
        if (refunded + amount.amountMinor() > link.amount().amountMinor()) {
            throw new GatewayRejectedException(
                    "BAD_REQUEST_ERROR:The refund amount provided is greater than amount captured");
        }
        SimulatedRefund refund = new SimulatedRefund(RazorpayIds.next("rfnd"), paymentId, amount, receipt, requestId);
        links.insertRefund(refund);
        Delivery delivery = sender.send(RazorpayPayloads.refundProcessed(refund, link, clock.instant()));
        if (!delivery.accepted()) {
            // the answer below already carries "processed": the worker records the refund without the webhook
            LOG.warnf("refund.processed webhook of %s was not accepted by %s: %s %s", refund.id(), sender.webhookUrl(),
                    delivery.status(), delivery.problem());
        }
        return gatewayRefund(refund);
    }

    private SimulatedLink existing(String linkId) {
        return links.byId(linkId)
                .orElseThrow(() -> new GatewayRejectedException("BAD_REQUEST_ERROR:The id provided does not exist"));
    }

    private GatewayLink gatewayLink(SimulatedLink link) {
        return new GatewayLink(link.id(), payPageUrl(link.id()), link.statusAt(clock.instant()),
                link.amount().amountMinor(), link.amount().currency(), link.referenceId(), link.orderId(),
                link.expiresAt());
    }

    private String payPageUrl(String linkId) {
        String base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/pay/" + linkId;
    }

    private static GatewayRefund gatewayRefund(SimulatedRefund refund) {
        return new GatewayRefund(refund.id(), refund.paymentId(), refund.amount().amountMinor(),
                refund.amount().currency(), "processed");
    }
}
