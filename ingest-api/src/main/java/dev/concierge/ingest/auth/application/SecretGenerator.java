package dev.concierge.ingest.auth.application;

/** Random secrets: OTP codes and opaque tokens. Injected so tests can observe what was issued. */
public interface SecretGenerator {

    /** A 6-digit numeric code, zero-padded. */
    String otpCode();

    /** An opaque, URL-safe token with at least 256 bits of entropy. */
    String token();
}
