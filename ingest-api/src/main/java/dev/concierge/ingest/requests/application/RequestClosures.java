package dev.concierge.ingest.requests.application;

import dev.concierge.schemas.requests.RequestSnapshot;

/**
 * Marks a request closed once its snapshot shows a final status (delivered, cancelled, refunded,
 * unavailable), so that a customer's next WhatsApp message opens a new request instead of joining
 * one that is over. Applying the same snapshot twice changes nothing, so redelivery is harmless.
 */
public final class RequestClosures {

    private final RequestOwnership ownership;

    public RequestClosures(RequestOwnership ownership) {
        this.ownership = ownership;
    }

    public void apply(RequestSnapshot snapshot) {
        if (!snapshot.status().isOpen()) {
            ownership.recordClosed(snapshot.requestId());
        }
    }
}
