package dev.concierge.enrichment.photo.vision;

import java.util.Optional;

/**
 * Where Google Cloud Vision is and how to authenticate: {@code endpoint} is {@code host:port} (Google's is
 * {@code vision.googleapis.com:443}); {@code plaintext} means a local endpoint without TLS or credentials
 * (the test fake, an emulator); otherwise an API key or a service-account key file (the file
 * {@code GOOGLE_APPLICATION_CREDENTIALS} names). Without any of them Vision is not used.
 */
public record VisionConfiguration(String endpoint, boolean plaintext, Optional<String> apiKey,
        Optional<String> credentialsFile) {

    public VisionConfiguration {
        apiKey = apiKey.filter(key -> !key.isBlank());
        credentialsFile = credentialsFile.filter(file -> !file.isBlank());
    }

    /** Empty when Vision can be called; otherwise why the photos are read locally. */
    public Optional<String> inactiveReason() {
        if (plaintext || apiKey.isPresent() || credentialsFile.isPresent()) {
            return Optional.empty();
        }
        return Optional.of("not configured (no VISION_API_KEY, no GOOGLE_APPLICATION_CREDENTIALS, no plaintext VISION_ENDPOINT)");
    }

    /** How it authenticates, for the log and the health check (never the secret itself). */
    public String authentication() {
        if (plaintext) {
            return "plaintext, no credentials";
        }
        return apiKey.isPresent() ? "API key" : "service account " + credentialsFile.orElse("");
    }
}
