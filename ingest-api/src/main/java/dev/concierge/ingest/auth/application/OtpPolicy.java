package dev.concierge.ingest.auth.application;

import java.time.Duration;

/** How long a code lives, how many wrong tries it survives, and how often it may be re-sent. */
public record OtpPolicy(Duration lifetime, int maxFailures, Duration resendAfter) {
}
