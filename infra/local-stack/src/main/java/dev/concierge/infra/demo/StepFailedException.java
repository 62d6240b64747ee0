package dev.concierge.infra.demo;

/** A step of the demo did not happen: what was expected, and what was seen instead. */
public final class StepFailedException extends RuntimeException {

    public StepFailedException(String message) {
        super(message);
    }

    public StepFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
