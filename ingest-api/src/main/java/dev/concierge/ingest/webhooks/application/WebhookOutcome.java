package dev.concierge.ingest.webhooks.application;

/** What happened to a verified webhook: stored, a redelivery of a stored one, or nothing to store. */
public record WebhookOutcome(Result result, String eventId, String detail) {

    public enum Result { STORED, DUPLICATE, IGNORED }

    public static WebhookOutcome stored(String eventId) {
        return new WebhookOutcome(Result.STORED, eventId, null);
    }

    public static WebhookOutcome duplicate() {
        return new WebhookOutcome(Result.DUPLICATE, null, "already received");
    }

    public static WebhookOutcome ignored(String why) {
        return new WebhookOutcome(Result.IGNORED, null, why);
    }
}
