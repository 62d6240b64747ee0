package dev.concierge.ingest.requests.application;

import dev.concierge.ingest.shared.application.Caller;

/** Ephemeral "is typing" signals (Redis pub/sub): never stored, never on Kafka. */
public interface TypingIndicators {

    void publish(String requestId, Caller caller);
}
