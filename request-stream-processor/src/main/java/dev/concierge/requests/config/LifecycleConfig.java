package dev.concierge.requests.config;

import dev.concierge.requests.domain.LifecyclePolicy;
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

    /** How often due deadlines are looked up. */
    @WithDefault("PT1S")
    Duration timerTick();

    default LifecyclePolicy policy() {
        return new LifecyclePolicy(firstAgentReply(), quoteSla(), paymentSla(), outreachWindow(), quoteValidity(),
                storesPerRound(), initialRadiusKm(), radiusGrowth(), maxOutreachRounds(), autoQuote(),
                Money.inr(deliveryFeePaise()), Money.inr(freeDeliveryFromPaise()), onQuoteExpiry(), onPaymentLinkExpiry());
    }
}
