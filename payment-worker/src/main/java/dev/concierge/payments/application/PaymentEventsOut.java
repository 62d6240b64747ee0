package dev.concierge.payments.application;

import dev.concierge.schemas.payments.PaymentEvent;
import java.util.List;

/**
 * Publishes to {@code payments.events}, keyed by request id, and returns once the broker acknowledged.
 * Event ids derive from {@code causeId} and the position in {@code events}, so publishing the same
 * outcome again (a redelivery after a crash) repeats ids that readers already know.
 */
public interface PaymentEventsOut {

    void publish(String causeId, List<? extends PaymentEvent> events);
}
