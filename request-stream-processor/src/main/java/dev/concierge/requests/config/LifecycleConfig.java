package dev.concierge.requests.config;

import dev.concierge.requests.lifecycle.LifecyclePolicy;
import dev.concierge.schemas.common.Money;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code concierge.lifecycle.*} in application.properties: the lifecycle knobs operations tune. */
@ConfigMapping(prefix = "concierge.lifecycle")
public interface LifecycleConfig {

    @WithDefault("PT5M")
    Duration firstAgentReply();

    @WithDefault("PT30M")
    Duration quoteSla();

    @WithDefault("PT30M")
    Duration paymentSla();

    @WithDefault("PT10M")
    Duration outreachWindow();

    @WithDefault("PT2H")
    Duration quoteValidity();

    @WithDefault("5")
    int storesPerRound();

    @WithDefault("3.0")
    double initialRadiusKm();

    @WithDefault("2.0")
    double radiusGrowth();

    @WithDefault("3")
    int maxOutreachRounds();

    @WithDefault("false")
    boolean autoQuote();

    /** In paise. */
    @WithDefault("4000")
    long deliveryFeePaise();

    /** In paise. */
    @WithDefault("50000")
    long freeDeliveryFromPaise();

    @WithDefault("RETRY")
    LifecyclePolicy.OnExpiry onQuoteExpiry();

    @WithDefault("RETRY")
    LifecyclePolicy.OnExpiry onPaymentLinkExpiry();

    /** How long analysis may take; then the request goes on as if it had failed (flagged for the agent). */
    @WithDefault("PT2M")
    Duration enrichmentLimit();

    /** Open questions unanswered this long: the customer is reminded, once per round of questions. */
    @WithDefault("PT30M")
    Duration infoReminder();

    /** Open questions unanswered this long: the agent goes on without the answers. */
    @WithDefault("PT2H")
    Duration infoHandover();

    /** Paid this long ago and not delivered: SlaBreached(DELIVERY), admins told. */
    @WithDefault("PT2H")
    Duration deliverySla();

    /** Refund asked for this long ago and not confirmed by the gateway: SlaBreached(REFUND), admins told. */
    @WithDefault("PT24H")
    Duration refundSla();

    /** How far a store delivers when its directory entry does not say (radiusMeters absent). */
    @WithDefault("3000")
    int defaultStoreRadiusMeters();

    /** How often due deadlines are looked up. */
    @WithDefault("PT1S")
    Duration timerTick();

    default LifecyclePolicy policy() {
        return new LifecyclePolicy(firstAgentReply(), quoteSla(), paymentSla(), outreachWindow(), quoteValidity(),
                storesPerRound(), initialRadiusKm(), radiusGrowth(), maxOutreachRounds(), autoQuote(),
                Money.inr(deliveryFeePaise()), Money.inr(freeDeliveryFromPaise()), onQuoteExpiry(), onPaymentLinkExpiry(),
                new LifecyclePolicy.Limits(enrichmentLimit(), infoReminder(), infoHandover(), deliverySla(), refundSla()),
                defaultStoreRadiusMeters() / 1000.0);
    }
}
