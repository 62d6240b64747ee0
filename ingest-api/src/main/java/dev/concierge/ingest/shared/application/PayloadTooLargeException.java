package dev.concierge.ingest.shared.application;

/** A body, file or batch is over its documented limit. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
