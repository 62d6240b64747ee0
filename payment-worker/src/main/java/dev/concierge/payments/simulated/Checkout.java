package dev.concierge.payments.simulated;

import dev.concierge.payments.simulated.WebhookSender.Delivery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the pay page's buttons do. Pay takes one payment per link: the first click turns the link
 * {@code paid} (a conditional update, so two clicks at once still make one payment) and stores the
 * webhooks; every click then delivers those same bytes, which the ingest API and the worker both
 * recognise as the same events. Fail reports a declined attempt and leaves the link payable, as a
 * declined card or UPI request does at Razorpay.
 */
public final class Checkout {

    /** The link after the click, whether this click took the payment, and what the webhook receiver answered. */
    public record Outcome(SimulatedLink link, String status, String message, List<Delivery> deliveries) {
    }

    private final SimulatedLinks links;
    private final WebhookSender sender;
    private final Clock clock;

    public Checkout(SimulatedLinks links, WebhookSender sender, Clock clock) {
        this.links = links;
        this.sender = sender;
        this.clock = clock;
    }

    public Optional<SimulatedLink> link(String linkId) {
        return links.byId(linkId);
    }

    public Instant now() {
        return clock.instant();
    }

    public Optional<Outcome> pay(String linkId) {
        return links.byId(linkId).map(found -> {
            Instant now = clock.instant();
            boolean paidNow = false;
            if (SimulatedLink.CREATED.equals(found.statusAt(now))) {
                String paymentId = RazorpayIds.next("pay");
                paidNow = links.markPaid(found.id(), paymentId, List.of(
                        RazorpayPayloads.paymentCaptured(found, paymentId, now),
                        RazorpayPayloads.linkPaid(found, paymentId, now)));
            }
            SimulatedLink link = links.byId(linkId).orElseThrow();
            String status = link.statusAt(now);
            if (!SimulatedLink.PAID.equals(status)) {
                return new Outcome(link, status, "This link is " + status + ": nothing was charged.", List.of());
            }
            List<Delivery> deliveries = link.deliveries().stream().map(sender::send).toList();
            return new Outcome(link, status, paidNow ? "Payment " + link.paymentId() + " captured."
                    : "This link was already paid (payment " + link.paymentId() + "); its webhooks were delivered again.",
                    deliveries);
        });
    }

    public Optional<Outcome> fail(String linkId) {
        return links.byId(linkId).map(link -> {
            Instant now = clock.instant();
            String status = link.statusAt(now);
            if (!SimulatedLink.CREATED.equals(status)) {
                return new Outcome(link, status, "This link is " + status + ": there is no payment to fail.", List.of());
            }
            String paymentId = RazorpayIds.next("pay");
            Delivery delivery = sender.send(RazorpayPayloads.paymentFailed(link, paymentId, now));
            return new Outcome(link, status, "Payment " + paymentId + " failed; the link can still be paid.",
                    List.of(delivery));
        });
    }
}
