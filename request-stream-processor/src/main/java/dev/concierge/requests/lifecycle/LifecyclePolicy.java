package dev.concierge.requests.lifecycle;

import dev.concierge.schemas.common.Money;
import java.time.Duration;

/**
 * The knobs of the lifecycle that operations tune: SLAs, outreach breadth and what happens when a
 * quote or payment link expires, and how far a store delivers when it did not say. Read from configuration; {@link #defaults()} is what the service runs with.
 */
public record LifecyclePolicy(
        Duration firstAgentReply,
        Duration quoteSla,
        Duration paymentSla,
        Duration outreachWindow,
        Duration quoteValidity,
        int storesPerRound,
        double initialRadiusKm,
        double radiusGrowth,
        int maxOutreachRounds,
        boolean autoQuote,
        Money deliveryFee,
        Money freeDeliveryFrom,
        OnExpiry onQuoteExpiry,
        OnExpiry onPaymentLinkExpiry,
        Limits limits,
        double defaultStoreRadiusKm) {

    /** What an expired quote or link leads to: try again (re-source / re-quote) or give up. */
    public enum OnExpiry { RETRY, CANCEL }

    /**
     * The timers that keep a request from waiting forever in a state whose next step depends on
     * someone else: the AI worker, the customer, the rider, the payment gateway.
     *
     * @param enrichment    how long analysis may take before the request goes on as if it had failed
     * @param infoReminder  how long open questions wait before the customer is reminded (once per round)
     * @param infoHandover  how long open questions wait before the agent goes on without the answers
     * @param deliverySla   how long after payment the request should be delivered
     * @param refundSla     how long a refund may wait for the gateway's confirmation
     */
    public record Limits(Duration enrichment, Duration infoReminder, Duration infoHandover, Duration deliverySla,
            Duration refundSla) {

        public static Limits defaults() {
            return new Limits(Duration.ofMinutes(2), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(2),
                    Duration.ofHours(24));
        }
    }

    /** The policy with the default {@link Limits}. */
    public LifecyclePolicy(Duration firstAgentReply, Duration quoteSla, Duration paymentSla, Duration outreachWindow,
            Duration quoteValidity, int storesPerRound, double initialRadiusKm, double radiusGrowth,
            int maxOutreachRounds, boolean autoQuote, Money deliveryFee, Money freeDeliveryFrom, OnExpiry onQuoteExpiry,
            OnExpiry onPaymentLinkExpiry) {
        this(firstAgentReply, quoteSla, paymentSla, outreachWindow, quoteValidity, storesPerRound, initialRadiusKm,
                radiusGrowth, maxOutreachRounds, autoQuote, deliveryFee, freeDeliveryFrom, onQuoteExpiry,
                onPaymentLinkExpiry, Limits.defaults(), DEFAULT_STORE_RADIUS_KM);
    }

    /** How far a store that did not say delivers. */
    public static final double DEFAULT_STORE_RADIUS_KM = 3.0;

    public static LifecyclePolicy defaults() {
        return new LifecyclePolicy(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofMinutes(30),
                Duration.ofMinutes(10), Duration.ofHours(2), 5, 3.0, 2.0, 3, false, Money.inr(4_000),
                Money.inr(50_000), OnExpiry.RETRY, OnExpiry.RETRY);
    }

    public LifecyclePolicy withLimits(Limits other) {
        return new LifecyclePolicy(firstAgentReply, quoteSla, paymentSla, outreachWindow, quoteValidity, storesPerRound,
                initialRadiusKm, radiusGrowth, maxOutreachRounds, autoQuote, deliveryFee, freeDeliveryFrom, onQuoteExpiry,
                onPaymentLinkExpiry, other, defaultStoreRadiusKm);
    }

    /** Round 1 searches the initial radius, every later round a wider one. */
    public double radiusKm(int round) {
        return initialRadiusKm * Math.pow(radiusGrowth, round - 1);
    }

    /** Delivery is free from a basket value on; below it the flat fee applies. */
    public Money deliveryFeeFor(Money itemPrice) {
        return itemPrice.amountMinor() >= freeDeliveryFrom.amountMinor()
                ? new Money(0, itemPrice.currency())
                : deliveryFee;
    }
}
