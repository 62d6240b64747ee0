package dev.concierge.ingest.shared.application;

/** The content has the right type but cannot be used, e.g. an image file that does not decode (422). */
public class UnprocessableContentException extends RuntimeException {

    private final String field;

    public UnprocessableContentException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
