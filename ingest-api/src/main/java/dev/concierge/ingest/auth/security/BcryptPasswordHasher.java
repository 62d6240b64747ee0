package dev.concierge.ingest.auth.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import dev.concierge.ingest.auth.application.PasswordHasher;

/**
 * bcrypt with a configurable cost (12 in production; tests may lower it to stay fast). bcrypt reads
 * at most 71 bytes; a longer password is first hashed with SHA-512 (instead of the library's
 * default of throwing, which turned a long password into a 500). Passwords within 71 bytes hash
 * exactly as before, so existing hashes still verify.
 */
public final class BcryptPasswordHasher implements PasswordHasher {

    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2A);

    private final int cost;

    public BcryptPasswordHasher(int cost) {
        this.cost = cost;
    }

    @Override
    public String hash(String password) {
        return BCrypt.with(BCrypt.Version.VERSION_2A, LONG_PASSWORDS).hashToString(cost, password.toCharArray());
    }

    @Override
    public boolean matches(String password, String hash) {
        return BCrypt.verifyer(BCrypt.Version.VERSION_2A, LONG_PASSWORDS).verify(password.toCharArray(), hash).verified;
    }
}
