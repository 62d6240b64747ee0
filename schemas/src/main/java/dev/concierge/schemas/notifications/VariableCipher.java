package dev.concierge.schemas.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the {@code Notify} variables that whoever taps {@code notifications.commands} must not
 * read (sign-in codes, reset tokens): ingest-api encrypts, the notifier decrypts, both with
 * {@code NOTIFY_VARIABLES_KEY}. AES-256-GCM; the notification's idempotency key is the associated
 * data, so a ciphertext cannot be replayed into another notification. Wire format:
 * {@code v1.<base64url nonce>.<base64url ciphertext+tag>}.
 */
public final class VariableCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public VariableCipher(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the notification variables key must be 32 bytes (AES-256), was " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The key as configured: standard base64 of 32 random bytes. */
    public static VariableCipher fromBase64Key(String base64Key) {
        return new VariableCipher(Base64.getDecoder().decode(base64Key.trim()));
    }

    public String encrypt(String plaintext, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, associatedData, plaintext.getBytes(StandardCharsets.UTF_8));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return "v1." + b64.encodeToString(nonce) + "." + b64.encodeToString(sealed);
    }

    /**
     * @throws IllegalArgumentException when the value is not in the format, was encrypted under
     *         another key or for another notification, or was altered; the message never holds the value
     */
    public String decrypt(String token, String associatedData) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3 || !"v1".equals(parts[0])) {
            throw new IllegalArgumentException("not a v1 encrypted variable");
        }
        try {
            Base64.Decoder b64 = Base64.getUrlDecoder();
            byte[] nonce = b64.decode(parts[1]);
            if (nonce.length != NONCE_BYTES) {
                throw new IllegalArgumentException("encrypted variable has a " + nonce.length + "-byte nonce");
            }
            byte[] plain = crypt(Cipher.DECRYPT_MODE, nonce, associatedData, b64.decode(parts[2]));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("encrypted variable rejected: " + e.getMessage(), e);
        }
    }

    private byte[] crypt(int mode, byte[] nonce, String associatedData, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("does not decrypt (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
