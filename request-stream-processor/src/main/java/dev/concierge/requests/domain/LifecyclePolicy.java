package dev.concierge.requests.domain;

import dev.concierge.schemas.common.Money;
import java.time.Duration;

/**
 * The knobs of the lifecycle that operations tune: SLAs, outreach breadth and what happens when a
 * quote or payment link expires. Read from configuration; {@link #defaults()} is what the service runs with.
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
        OnExpiry onPaymentLinkExpiry) {

    /** What an expired quote or link leads to: try again (re-source / re-quote) or give up. */
    public enum OnExpiry { RETRY, CANCEL }

    public static LifecyclePolicy defaults() {
        return new LifecyclePolicy(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofMinutes(30),
                Duration.ofMinutes(10), Duration.ofHours(2), 5, 3.0, 2.0, 3, false, Money.inr(4_000),
                Money.inr(50_000), OnExpiry.RETRY, OnExpiry.RETRY);
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
