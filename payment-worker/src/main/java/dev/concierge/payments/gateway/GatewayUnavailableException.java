package dev.concierge.payments.gateway;

/** The gateway could not answer now (5xx, 429, timeout, refused connection): the call may be retried. */
public class GatewayUnavailableException extends RuntimeException {

    public GatewayUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public GatewayUnavailableException(String message) {
        super(message);
    }
}
