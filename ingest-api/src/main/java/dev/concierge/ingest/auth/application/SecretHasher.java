package dev.concierge.ingest.auth.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes (HMAC-SHA256 with a server-side pepper) of short-lived secrets: OTP codes, refresh
 * and reset tokens. Redis only ever holds these hashes, so a leaked Redis dump reveals no codes.
 */
public final class SecretHasher {

    private final byte[] pepper;

    public SecretHasher(byte[] pepper) {
        if (pepper.length < 16) {
            throw new IllegalArgumentException("the hashing pepper needs at least 16 bytes");
        }
        this.pepper = pepper.clone();
    }

    public String hash(String context, String secret) {
        return hash(context, secret.getBytes(StandardCharsets.UTF_8));
    }

    public String hash(String context, byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepper, "HmacSHA256"));
            mac.update(context.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(secret));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Compares in constant time so that response timing reveals nothing about a near miss. */
    public boolean matches(String context, String secret, String expectedHash) {
        return MessageDigest.isEqual(hash(context, secret).getBytes(StandardCharsets.US_ASCII),
                expectedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
