package dev.concierge.projections.privacy.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key-encryption key from configuration: data keys are stored wrapped (AES-GCM) under it, so a
 * dump of the database alone reveals no data. Its {@code id} (a hash prefix, not the key) is stored
 * with every wrapped key, so that after a rotation a key wrapped under the previous master key is
 * still found and re-wrapped. It also derives the key of the blind search index.
 */
public final class MasterKey {

    private static final int TOKEN_BYTES = 16;

    private final String id;
    private final SecretKey key;
    private final SecretKey searchIndexKey;

    private MasterKey(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("a master key is 32 bytes (AES-256), this one is " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.id = HexFormat.of().formatHex(sha256(raw), 0, 8);
        this.searchIndexKey = new SecretKeySpec(hmac(new SecretKeySpec(raw, "HmacSHA256"),
                "concierge search index v1".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
    }

    /** From base64 (standard alphabet) of 32 random bytes, as {@code PROJECTIONS_MASTER_KEY} holds it. */
    public static MasterKey fromBase64(String base64) {
        try {
            return new MasterKey(Base64.getDecoder().decode(base64.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the master key must be base64 of 32 bytes: " + e.getMessage(), e);
        }
    }

    public String id() {
        return id;
    }

    public Sealed wrap(AesGcm aes, String keyId, SecretKey dataKey) {
        return aes.encrypt(keyId, key, dataKey.getEncoded());
    }

    public SecretKey unwrap(AesGcm aes, Sealed wrapped) {
        return new SecretKeySpec(aes.decrypt(key, wrapped), "AES");
    }

    /**
     * The blind index of a text: each word (letters and digits, lower-cased) as a keyed hash, so the
     * read model can find requests by word without holding their text. Equal words hash alike across
     * customers (that is what makes it searchable); without the master key the hashes say nothing.
     */
    public List<String> searchTokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                String token = Base64.getUrlEncoder().withoutPadding().encodeToString(
                        java.util.Arrays.copyOf(hmac(searchIndexKey, word.getBytes(StandardCharsets.UTF_8)), TOKEN_BYTES));
                if (!tokens.contains(token)) {
                    tokens.add(token);
                }
            }
        }
        return tokens;
    }

    private static byte[] hmac(SecretKey key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }

    private static byte[] sha256(byte[] raw) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(raw);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
