package dev.concierge.ingest.shared.application;

import java.time.Duration;

/** A rate limit or throttle was hit; the caller may try again after {@code retryAfter}. */
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
