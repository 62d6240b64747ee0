package dev.concierge.payments.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A link's {@code reference_id} at the gateway: the request id and the link attempt. Razorpay keeps
 * reference ids unique (so a redelivered command finds its link) and allows 40 characters: a request
 * id ({@code req_} + UUID, 40 characters) loses its dashes; anything longer is replaced by its hash.
 */
public final class LinkReference {

    static final int MAX_LENGTH = 40;

    private LinkReference() {
    }

    public static String of(String requestId, int attempt) {
        String suffix = "-" + attempt;
        String base = requestId.replace("-", "");
        if (base.length() + suffix.length() > MAX_LENGTH) {
            base = sha256(requestId).substring(0, MAX_LENGTH - suffix.length());
        }
        return base + suffix;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
