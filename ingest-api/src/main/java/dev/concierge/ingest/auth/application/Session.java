package dev.concierge.ingest.auth.application;

/** What a successful sign-in returns: a short-lived access JWT and a single-use refresh token. */
public record Session(String accessToken, String tokenType, long expiresIn, String refreshToken, String subject,
        String role) {
}
