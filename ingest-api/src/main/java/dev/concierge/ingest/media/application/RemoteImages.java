package dev.concierge.ingest.media.application;

/** Downloads an image a gateway holds for us (a customer's WhatsApp photo at Twilio). */
public interface RemoteImages {

    /**
     * The bytes at {@code url}, at most {@code maxBytes} of them.
     *
     * @throws RemoteImageUnavailableException with a reason a person can read, for anything that
     *         keeps the bytes from us (host not allowed, refused, timed out, too large, not 200)
     */
    byte[] download(String url, long maxBytes);

    final class RemoteImageUnavailableException extends RuntimeException {

        public RemoteImageUnavailableException(String reason) {
            super(reason);
        }

        public RemoteImageUnavailableException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
