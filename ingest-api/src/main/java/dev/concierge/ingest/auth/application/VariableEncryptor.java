package dev.concierge.ingest.auth.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts notification variables that analysts tapping {@code notifications.commands} must not
 * read (OTP codes, reset tokens). AES-256-GCM with a key shared only with the notifier; the
 * notification's idempotency key is the associated data, so a ciphertext cannot be replayed into
 * another notification. Wire format: {@code v1.<base64url nonce>.<base64url ciphertext+tag>}.
 */
public final class VariableEncryptor {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public VariableEncryptor(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the notification variables key must be 32 bytes (AES-256), was " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    public String encrypt(String plaintext, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, associatedData, plaintext.getBytes(StandardCharsets.UTF_8));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return "v1." + b64.encodeToString(nonce) + "." + b64.encodeToString(sealed);
    }

    /** The notifier's side of the format; used here to prove the round trip in tests. */
    public String decrypt(String token, String associatedData) {
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !"v1".equals(parts[0])) {
            throw new IllegalArgumentException("not a v1 encrypted variable");
        }
        Base64.Decoder b64 = Base64.getUrlDecoder();
        byte[] plain = crypt(Cipher.DECRYPT_MODE, b64.decode(parts[1]), associatedData, b64.decode(parts[2]));
        return new String(plain, StandardCharsets.UTF_8);
    }

    private byte[] crypt(int mode, byte[] nonce, String associatedData, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("encrypted variable rejected: " + e.getMessage(), e);
        }
    }
}
