package dev.concierge.schemas.envelope;

/** The CloudEvents {@code type} names no event this build knows, or one a topic does not carry. */
public class UnknownEventTypeException extends EventDecodingException {

    private final String eventType;

    public UnknownEventTypeException(String eventType, String detail) {
        super("unknown event type '" + eventType + "': " + detail);
        this.eventType = eventType;
    }

    public String eventType() {
        return eventType;
    }
}
