package dev.concierge.ingest.auth.security;

import dev.concierge.ingest.auth.application.SecretGenerator;
import java.security.SecureRandom;
import java.util.Base64;

/** Secrets from {@link SecureRandom}. */
public final class RandomSecretGenerator implements SecretGenerator {

    private final SecureRandom random = new SecureRandom();

    @Override
    public String otpCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    @Override
    public String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
