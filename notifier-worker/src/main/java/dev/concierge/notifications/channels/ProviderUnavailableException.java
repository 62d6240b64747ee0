package dev.concierge.notifications.channels;

/**
 * The provider could not be reached or failed on its side (a 5xx, a timeout). The adapters retry it
 * with backoff; when it is still thrown after the retries, the notification moves on to its next channel.
 */
public final class ProviderUnavailableException extends RuntimeException {

    public ProviderUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public String reason() {
        return getMessage();
    }
}
