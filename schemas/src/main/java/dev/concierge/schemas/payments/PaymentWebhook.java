package dev.concierge.schemas.payments;

import dev.concierge.schemas.envelope.EventType;
import java.time.Instant;

/** Values of {@code payments.webhooks}, keyed by the gateway entity id: raw, signature-verified webhooks. */
public sealed interface PaymentWebhook {

    String entityId();

    /**
     * A Razorpay webhook exactly as received, after its signature was verified. The raw payload is
     * kept as a string so the payment worker can parse it with the gateway's own rules and replay it.
     *
     * @param eventId   Razorpay's {@code x-razorpay-event-id}, the de-duplication key
     * @param eventName e.g. {@code payment_link.paid}
     * @param entityId  the payment link or payment id the webhook is about
     */
    @EventType("concierge.payment.webhook.razorpay-received.v1")
    record RazorpayWebhookReceived(
            String eventId,
            String eventName,
            String entityId,
            String rawPayload,
            Instant receivedAt) implements PaymentWebhook {
    }
}
