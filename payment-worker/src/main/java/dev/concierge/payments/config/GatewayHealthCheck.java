package dev.concierge.payments.config;

import dev.concierge.payments.gateway.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says which gateway the worker runs: {@code razorpay}, {@code simulated} (no keys, dev and test:
 * the local pay pages), or {@code none} (no keys, simulated gateway off: payment commands are
 * dead-lettered). UP in every case: webhooks and the customer directory are served without keys.
 */
@Readiness
@ApplicationScoped
public class GatewayHealthCheck implements HealthCheck {

    private final PaymentGateway gateway;

    GatewayHealthCheck(PaymentGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("payment gateway").up().withData("gateway", gateway.name()).build();
    }
}
