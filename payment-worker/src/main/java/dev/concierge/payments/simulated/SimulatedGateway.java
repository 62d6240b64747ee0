package dev.concierge.payments.simulated;

import dev.concierge.payments.gateway.GatewayLink;
import dev.concierge.payments.gateway.GatewayPayment;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The local default gateway when no Razorpay keys are set: links live in MongoDB and are paid on
 * this service's own pay page ({@code <public base>/pay/<linkId>}), which posts webhooks signed like
 * Razorpay's to the ingest API. It refuses what Razorpay refuses, with Razorpay's error codes, so the
 * command handler treats both gateways alike. Refunds are processed at once and announced with a
 * {@code refund.processed} webhook, as Razorpay does for a normal refund that settles; after
 * {@link #failNextRefunds(int)} (a dev and test control) the next refunds are answered {@code pending}
 * and fail with a {@code refund.failed} webhook instead. {@link #announceExpiries()} posts
 * {@code payment_link.expired} for unpaid links past their expiry, as Razorpay's own expiry job does.
 */
public final class SimulatedGateway implements PaymentGateway {

    private static final Logger LOG = Logger.getLogger(SimulatedGateway.class);

    private final SimulatedLinks links;
    private final WebhookSender sender;
    private final URI publicBaseUrl;
    private final Clock clock;
    private final Checkout checkout;
    private final AtomicInteger refundsToFail = new AtomicInteger();

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
    public GatewayPayment fetchPayment(String paymentId) {
        SimulatedLink link = links.byPayment(paymentId)
                .orElseThrow(() -> new GatewayRejectedException("BAD_REQUEST_ERROR:The id provided does not exist"));
        return payment(link);
    }

    /**
     * Marks every unpaid link past its expiry {@code expired} and posts its signed
     * {@code payment_link.expired}; a link whose webhook the receiver refused is posted again on the
     * next call (Razorpay, too, retries a webhook that was not accepted). Answers how many were accepted.
     */
    public int announceExpiries() {
        Instant now = clock.instant();
        int announced = 0;
        for (SimulatedLink due : links.expiredUnannounced(now)) {
            if (SimulatedLink.CREATED.equals(due.status())
                    && !links.markExpired(due.id(), RazorpayPayloads.linkExpired(due, due.expiresAt()))) {
                continue; // paid or cancelled a moment ago
            }
            SimulatedLink expired = links.byId(due.id()).orElseThrow();
            Delivery delivery = sender.send(expired.deliveries().get(0));
            if (delivery.accepted()) {
                links.markExpiryAnnounced(expired.id());
                announced++;
            } else {
                LOG.warnf("payment_link.expired of %s was not accepted by %s: %s %s", expired.id(), sender.webhookUrl(),
                        delivery.status(), delivery.problem());
            }
        }
        return announced;
    }

    /** The next {@code count} refunds fail (dev and test only): answered {@code pending}, then {@code refund.failed}. */
    public int failNextRefunds(int count) {
        return refundsToFail.addAndGet(count);
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
        long refunded = links.refundsOf(paymentId).stream().filter(r -> !r.failed())
                .mapToLong(r -> r.amount().amountMinor()).sum();
        if (refunded + amount.amountMinor() > link.amount().amountMinor()) {
            throw new GatewayRejectedException(
                    "BAD_REQUEST_ERROR:The refund amount provided is greater than amount captured");
        }
        boolean fails = refundsToFail.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        SimulatedRefund refund = new SimulatedRefund(RazorpayIds.next("rfnd"), paymentId, amount, receipt, requestId,
                fails ? SimulatedRefund.FAILED : SimulatedRefund.PROCESSED);
        links.insertRefund(refund);
        Delivery delivery = sender.send(RazorpayPayloads.refundSettled(refund, link, clock.instant()));
        if (!delivery.accepted()) {
            // a processed refund is recorded from the answer below; a failed one only through its webhook
            LOG.warnf("refund.%s webhook of %s was not accepted by %s: %s %s", refund.status(), refund.id(),
                    sender.webhookUrl(), delivery.status(), delivery.problem());
        }
        // a failing refund is still pending when the call answers, as at Razorpay: the webhook tells the failure
        return fails ? new GatewayRefund(refund.id(), paymentId, amount.amountMinor(), amount.currency(), "pending")
                : gatewayRefund(refund);
    }

    private SimulatedLink existing(String linkId) {
        return links.byId(linkId)
                .orElseThrow(() -> new GatewayRejectedException("BAD_REQUEST_ERROR:The id provided does not exist"));
    }

    private GatewayLink gatewayLink(SimulatedLink link) {
        return new GatewayLink(link.id(), payPageUrl(link.id()), link.statusAt(clock.instant()),
                link.amount().amountMinor(), link.amount().currency(), link.referenceId(), link.orderId(),
                link.expiresAt(), link.paymentId() != null ? List.of(payment(link)) : List.of());
    }

    /** The one payment a paid link took: a UPI payment with Razorpay's fee, as its webhooks said. */
    private static GatewayPayment payment(SimulatedLink link) {
        long amount = link.amount().amountMinor();
        return new GatewayPayment(link.paymentId(), amount, link.amount().currency(), RazorpayPayloads.METHOD,
                "captured", RazorpayPayloads.paidAt(link), RazorpayPayloads.fee(amount));
    }

    private String payPageUrl(String linkId) {
        String base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/pay/" + linkId;
    }

    private static GatewayRefund gatewayRefund(SimulatedRefund refund) {
        return new GatewayRefund(refund.id(), refund.paymentId(), refund.amount().amountMinor(),
                refund.amount().currency(), refund.status());
    }
}
