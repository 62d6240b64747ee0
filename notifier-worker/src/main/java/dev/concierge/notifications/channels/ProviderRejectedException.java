package dev.concierge.notifications.channels;

/**
 * The provider refused the message for good (a 4xx: bad number, not allowed, invalid content).
 * Never retried; the notification moves on to its next channel. {@code reason} names the provider's
 * code and never contains the message's text.
 */
public final class ProviderRejectedException extends RuntimeException {

    public ProviderRejectedException(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
