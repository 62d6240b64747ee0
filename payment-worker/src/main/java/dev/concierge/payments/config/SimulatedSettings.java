package dev.concierge.payments.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** {@code concierge.payments.simulated.*}: the local gateway's switch, its public pay-page base and where it posts webhooks. */
@ConfigMapping(prefix = "concierge.payments.simulated")
public interface SimulatedSettings {

    /** On in the dev and test profiles only. */
    @WithDefault("false")
    boolean enabled();

    /** The base of the pay-page URLs handed out as the links' {@code short_url}. */
    URI publicBaseUrl();

    /** The ingest API's Razorpay webhook endpoint. */
    URI webhookUrl();

    /** RAZORPAY_WEBHOOK_SECRET: what the ingest API verifies the signature with (required when enabled). */
    Optional<String> webhookSecret();

    @WithDefault("5s")
    Duration timeout();

    /** How often unpaid links past their expiry get their {@code payment_link.expired} (a scheduler interval, or {@code disabled}). */
    @WithDefault("30s")
    String expirySweep();
}
