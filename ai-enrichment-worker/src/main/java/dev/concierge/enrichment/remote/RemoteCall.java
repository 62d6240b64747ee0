package dev.concierge.enrichment.remote;

import io.smallrye.faulttolerance.api.Guard;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * One remote provider's calls behind SmallRye Fault Tolerance: a timeout per attempt, a small retry
 * for transient errors only (a timeout is not retried, it would blow the request's budget; a refusal
 * such as a 4xx is not either) and a circuit breaker named after the provider. A call that still
 * fails becomes the caller's fallback with a reason a person can read ("timed out after 3 s"), never
 * an exception: an outage degrades the result and never fails the request.
 */
public final class RemoteCall {

    private static final Logger LOG = Logger.getLogger(RemoteCall.class);

    private final String provider;
    private final RemoteCallSettings settings;
    private final ErrorKinds kinds;
    private final Guard guard;

    public RemoteCall(String provider, RemoteCallSettings settings, ErrorKinds kinds) {
        this.provider = provider;
        this.settings = settings;
        this.kinds = kinds;
        this.guard = Guard.create()
                .withDescription(provider)
                .withTimeout().duration(settings.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(settings.retries()).delay(settings.retryDelay().toMillis(), ChronoUnit.MILLIS)
                    .whenException(error -> !(error instanceof CircuitBreakerOpenException)
                            && kinds.of(error) == ErrorKind.TRANSIENT).done()
                .withCircuitBreaker().name(provider)
                    .requestVolumeThreshold(settings.circuitRequests())
                    .failureRatio(settings.circuitFailureRatio())
                    .delay(settings.circuitDelay().toMillis(), ChronoUnit.MILLIS)
                    .successThreshold(1)
                    .onStateChange(state -> LOG.infof("%s: circuit %s", provider, state))
                    .done()
                .build();
    }

    public String provider() {
        return provider;
    }

    public RemoteCallSettings settings() {
        return settings;
    }

    /** The call's value, or {@code fallback} applied to the reason it failed (which starts with the provider's name). */
    public <T> T call(Callable<T> call, Class<T> type, Function<String, T> fallback) {
        try {
            return guard.call(call, type);
        } catch (Exception e) {
            String reason = provider + ": " + reason(e);
            LOG.warnf("%s", reason);
            return fallback.apply(reason);
        }
    }

    private String reason(Throwable error) {
        if (error instanceof CircuitBreakerOpenException) {
            return "circuit open after repeated failures, not called";
        }
        if (kinds.of(error) == ErrorKind.TIMEOUT) {
            return "timed out after " + human(settings.timeout());
        }
        String described = String.valueOf(kinds.describe(error));
        // a provider's error can carry a whole page; the reason travels in every degraded result
        return described.length() <= 160 ? described : described.substring(0, 160) + "…";
    }

    static String human(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
