package dev.concierge.ingest.auth.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.concierge.ingest.auth.application.PasswordHasher;

/** bcrypt with a configurable cost (12 in production; tests may lower it to stay fast). */
public final class BcryptPasswordHasher implements PasswordHasher {

    private final int cost;

    public BcryptPasswordHasher(int cost) {
        this.cost = cost;
    }

    @Override
    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    @Override
    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }
}
