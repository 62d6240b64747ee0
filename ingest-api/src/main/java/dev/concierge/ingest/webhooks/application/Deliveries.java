package dev.concierge.ingest.webhooks.application;

import dev.concierge.ingest.shared.application.ConflictException;
import dev.concierge.ingest.shared.application.OnceOnly;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Gateways deliver webhooks at least once. Each delivery id goes through {@link OnceOnly}, so a
 * redelivery produces nothing and a failed attempt can be retried.
 */
public final class Deliveries {

    private final OnceOnly onceOnly;
    private final Duration remember;

    /** {@code remember}: longer than the gateways go on redelivering. */
    public Deliveries(OnceOnly onceOnly, Duration remember) {
        this.onceOnly = onceOnly;
        this.remember = remember;
    }

    WebhookOutcome once(String deliveryId, Supplier<WebhookOutcome> write) {
        OnceOnly.Once<WebhookOutcome> once = onceOnly.once("webhook:" + deliveryId, remember, write::get,
                outcome -> outcome.result().name());
        if (once.running()) {
            // a parallel delivery is being stored right now; a non-2xx makes the gateway retry later
            throw new ConflictException("delivery " + deliveryId + " is being processed; retry later");
        }
        return once.isFirst() ? once.first() : WebhookOutcome.duplicate();
    }
}
