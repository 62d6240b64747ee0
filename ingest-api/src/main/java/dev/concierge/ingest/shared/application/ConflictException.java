package dev.concierge.ingest.shared.application;

/** The write collides with existing state, e.g. an email that already has an account. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
