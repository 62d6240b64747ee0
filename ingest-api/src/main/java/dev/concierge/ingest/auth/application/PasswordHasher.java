package dev.concierge.ingest.auth.application;

/** Slow, salted password hashes (bcrypt). */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
