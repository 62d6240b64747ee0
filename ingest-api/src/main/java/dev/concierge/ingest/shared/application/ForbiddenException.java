package dev.concierge.ingest.shared.application;

/** The caller is known but their role or ownership does not allow this write. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
