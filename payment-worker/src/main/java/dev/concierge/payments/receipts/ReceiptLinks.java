package dev.concierge.payments.receipts;

import dev.concierge.schemas.media.MediaLinkSigner;
import java.net.URI;
import java.time.Instant;

/**
 * Signed, expiring links to a receipt, for readers without our JWT (the notifier attaching it to an
 * email): {@code <base>/v1/receipts/{paymentId}?expires=<epoch seconds>&signature=<base64url HMAC-SHA256>}.
 * The signature is the schemas' {@link MediaLinkSigner} (over the id and the expiry) with a key of
 * its own, {@code RECEIPT_LINK_KEY}: a media link's signature never opens a receipt, nor the other way round.
 */
public final class ReceiptLinks {

    private final MediaLinkSigner signer;
    private final String base;

    public ReceiptLinks(String base64Key, URI publicBaseUrl) {
        this.signer = MediaLinkSigner.fromBase64Key(base64Key);
        String url = publicBaseUrl.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String url(String paymentId, Instant expiresAt) {
        String mediaPath = signer.pathAndQuery(paymentId, expiresAt);
        return base + "/v1/receipts/" + paymentId + mediaPath.substring(mediaPath.indexOf('?'));
    }

    /** False for a wrong, malformed or expired link; says nothing about which. */
    public boolean verify(String paymentId, String expires, String signature, Instant now) {
        return signer.verify(paymentId, expires, signature, now);
    }
}
