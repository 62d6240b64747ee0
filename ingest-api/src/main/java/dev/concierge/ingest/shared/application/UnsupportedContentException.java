package dev.concierge.ingest.shared.application;

/** The bytes are not of a kind this endpoint accepts (e.g. a text file named .jpg). */
public class UnsupportedContentException extends RuntimeException {

    public UnsupportedContentException(String message) {
        super(message);
    }
}
