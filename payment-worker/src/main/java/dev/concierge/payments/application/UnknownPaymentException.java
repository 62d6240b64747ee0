package dev.concierge.payments.application;

/** A webhook about a link or payment this worker never created: it cannot be tied to a request. */
public class UnknownPaymentException extends RuntimeException {

    public UnknownPaymentException(String message) {
        super(message);
    }
}
