package dev.concierge.schemas.envelope;

/** The bytes are not JSON, not a CloudEvent, or the data does not fit its type. */
public class MalformedEventException extends EventDecodingException {

    private final String excerpt;

    public MalformedEventException(String message, String excerpt, Throwable cause) {
        super(message + (excerpt.isEmpty() ? "" : " near: " + excerpt), cause);
        this.excerpt = excerpt;
    }

    /** The text around the point where decoding failed, so a DLQ reader sees the offending input. */
    public String excerpt() {
        return excerpt;
    }
}
