package dev.concierge.enrichment.config;

import dev.concierge.enrichment.remote.RemoteCallSettings;
import java.time.Duration;

/** The fault-tolerance part of a remote provider's configuration (timeout, retry, circuit breaker). */
public interface RemoteCallProperties {

    Duration timeout();

    int retries();

    Duration retryDelay();

    int circuitRequests();

    double circuitFailureRatio();

    Duration circuitDelay();

    default RemoteCallSettings settings() {
        return new RemoteCallSettings(timeout(), retries(), retryDelay(), circuitRequests(), circuitFailureRatio(),
                circuitDelay());
    }
}
