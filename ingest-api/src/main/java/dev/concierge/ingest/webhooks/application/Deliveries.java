package dev.concierge.ingest.webhooks.application;

import dev.concierge.ingest.shared.application.ConflictException;
import java.util.function.Supplier;

/** Runs a webhook's write at most once per delivery id (see {@link DeliveryLog}). */
final class Deliveries {

    private Deliveries() {
    }

    static WebhookOutcome once(DeliveryLog log, String deliveryId, Supplier<WebhookOutcome> write) {
        DeliveryLog.Claim claim = log.claim(deliveryId);
        if (claim == DeliveryLog.Claim.DONE) {
            return WebhookOutcome.duplicate();
        }
        if (claim == DeliveryLog.Claim.IN_PROGRESS) {
            // a parallel delivery is being stored right now; a non-2xx makes the gateway retry later
            throw new ConflictException("delivery " + deliveryId + " is being processed; retry later");
        }
        try {
            WebhookOutcome outcome = write.get();
            log.complete(deliveryId);
            return outcome;
        } catch (RuntimeException e) {
            log.release(deliveryId);
            throw e;
        }
    }
}
