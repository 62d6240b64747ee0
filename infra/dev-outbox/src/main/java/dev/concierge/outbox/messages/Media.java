package dev.concierge.outbox.messages;

/**
 * A media item of a message. A Twilio MediaUrl carries what the outbox's download found
 * ({@code fetchStatus}, {@code contentType}, {@code size}, or {@code fetchError} when it failed); an email
 * attachment has a {@code name} and no URL (the outbox keeps names, types and sizes, never the bytes).
 */
public record Media(String url, String contentType, String name, Long size, Integer fetchStatus,
        String fetchError) {

    /** A URL not downloaded (yet, or ever: the media of inbound replies). */
    public static Media link(String url, String contentType) {
        return new Media(url, contentType, null, null, null, null);
    }

    public static Media attachment(String name, String contentType, long size) {
        return new Media(null, contentType, name, size, null, null);
    }

    /** Downloaded; {@code error} says why Twilio would refuse it (a status of 300 or more, too large). */
    public static Media fetched(String url, String contentType, long size, int status, String error) {
        return new Media(url, contentType, null, size, status, error);
    }

    public static Media unreachable(String url, String error) {
        return new Media(url, null, null, null, null, error);
    }

    public boolean failedToFetch() {
        return fetchError != null;
    }
}
