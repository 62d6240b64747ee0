package dev.concierge.ingest.shared.application;

/** The addressed thing (request, media, store …) does not exist, or the caller may not know it does. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
