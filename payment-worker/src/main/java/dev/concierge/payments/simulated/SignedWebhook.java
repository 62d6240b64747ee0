package dev.concierge.payments.simulated;

/** One webhook as the simulated gateway sends it: Razorpay's event name, its event id header and the raw JSON body. */
public record SignedWebhook(String event, String eventId, String body) {
}
