package dev.concierge.ingest.shared.application;

/**
 * Kafka did not acknowledge a write in time. The write is not reported as accepted; the caller
 * should retry (with the same Idempotency-Key) after a short pause.
 */
public class EventStoreUnavailableException extends RuntimeException {

    public EventStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
