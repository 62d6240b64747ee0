package dev.concierge.payments.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** The simulated gateway (no Razorpay keys) posting its webhooks to the JVM's {@link WebhookStandIn}. */
public class SimulatedGatewayResource implements QuarkusTestResourceLifecycleManager {

    public static final String PUBLIC_BASE_URL = "https://pay.concierge.test";
    public static final String WEBHOOK_SECRET = "dev-webhook-secret";

    @Override
    public Map<String, String> start() {
        return Map.of("concierge.payments.simulated.enabled", "true",
                "concierge.payments.simulated.public-base-url", PUBLIC_BASE_URL,
                "concierge.payments.simulated.webhook-url", WebhookStandIn.shared().url().toString(),
                "concierge.payments.simulated.webhook-secret", WEBHOOK_SECRET);
    }

    @Override
    public void stop() {
        // the stand-in serves every test of the JVM
    }
}
