package dev.concierge.schemas.envelope;

/** A Kafka record value that is not a valid Concierge CloudEvent. The message says what and where. */
public class EventDecodingException extends RuntimeException {

    public EventDecodingException(String message) {
        super(message);
    }

    public EventDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
