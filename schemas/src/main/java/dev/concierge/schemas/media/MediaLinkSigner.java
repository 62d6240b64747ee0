package dev.concierge.schemas.media;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring links to an uploaded medium, for fetchers that cannot send our JWT (Twilio
 * downloads the photos of a store outreach message from a URL). The notifier signs, ingest-api
 * verifies; both hold {@code MEDIA_LINK_KEY}. A link names one medium until one instant and
 * nothing else: {@code /v1/media/{id}/public?expires=<epoch seconds>&signature=<base64url HMAC-SHA256
 * over "media-link.v1|" + id + "|" + expires>}.
 */
public final class MediaLinkSigner {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public MediaLinkSigner(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the media link key must be at least 32 bytes, was " + key.length);
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** The key as configured: base64 (standard or URL alphabet) of at least 32 random bytes. */
    public static MediaLinkSigner fromBase64Key(String base64Key) {
        return new MediaLinkSigner(decodeKey(base64Key));
    }

    public String pathAndQuery(String mediaId, Instant expiresAt) {
        String expires = Long.toString(expiresAt.getEpochSecond());
        return "/v1/media/" + mediaId + "/public?expires=" + expires + "&signature=" + signature(mediaId, expires);
    }

    /** False for a wrong, malformed or expired link; says nothing about which. */
    public boolean verify(String mediaId, String expires, String signature, Instant now) {
        if (mediaId == null || expires == null || signature == null || !expires.matches("[0-9]{1,12}")) {
            return false;
        }
        byte[] expected = signature(mediaId, expires).getBytes(StandardCharsets.US_ASCII);
        boolean authentic = MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
        return authentic && now.getEpochSecond() < Long.parseLong(expires);
    }

    private String signature(String mediaId, String expires) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(("media-link.v1|" + mediaId + "|" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static byte[] decodeKey(String base64Key) {
        String trimmed = base64Key.trim();
        return trimmed.contains("-") || trimmed.contains("_")
                ? Base64.getUrlDecoder().decode(trimmed)
                : Base64.getDecoder().decode(trimmed);
    }
}
