package dev.concierge.payments.application;

/** A verified webhook whose payload lacks what its event name promises: it will never be readable. */
public class MalformedWebhookException extends RuntimeException {

    public MalformedWebhookException(String message, Throwable cause) {
        super(message, cause);
    }
}
