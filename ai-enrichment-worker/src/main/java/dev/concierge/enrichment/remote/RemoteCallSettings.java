package dev.concierge.enrichment.remote;

import java.time.Duration;

/**
 * Fault-tolerance settings of one remote provider: the timeout of one attempt, how many retries of a
 * transient error and after what delay, and the circuit breaker (it opens when {@code circuitFailureRatio}
 * of the last {@code circuitRequests} calls failed, and lets one call through after {@code circuitDelay}).
 */
public record RemoteCallSettings(Duration timeout, int retries, Duration retryDelay, int circuitRequests,
        double circuitFailureRatio, Duration circuitDelay) {
}
