package dev.concierge.requests.lifecycle;

import dev.concierge.schemas.requests.RequestEvent;

/** A fact with the CloudEvent id it will be published under (derived, so replays produce the same id). */
public record Fact(String eventId, RequestEvent event) {
}
