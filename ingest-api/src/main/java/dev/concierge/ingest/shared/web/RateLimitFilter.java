package dev.concierge.ingest.shared.web;

import dev.concierge.ingest.problems.ProblemDetail;
import dev.concierge.ingest.problems.ProblemResponses;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.api.RedissonClient;

/**
 * Per-IP and per-user request budgets shared by all instances through Redis (Redisson's
 * token-bucket {@link RRateLimiter}). Over budget → 429 with Retry-After.
 */
public class RateLimitFilter {

    @Inject
    RedissonClient redisson;
    @Inject
    CurrentCaller currentCaller;

    @ConfigProperty(name = "concierge.rate-limit.per-ip.permits")
    long ipPermits;
    @ConfigProperty(name = "concierge.rate-limit.per-ip.period")
    Duration ipPeriod;
    @ConfigProperty(name = "concierge.rate-limit.per-user.permits")
    long userPermits;
    @ConfigProperty(name = "concierge.rate-limit.per-user.period")
    Duration userPeriod;

    /** After authentication (the user budget needs the caller), before idempotency and the write itself. */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Optional<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        String ip = http.remoteAddress().hostAddress();
        if (!acquire("ip:" + ip, ipPermits, ipPeriod)) {
            return Optional.of(tooMany("this address", ipPeriod, request));
        }
        Optional<String> user = currentCaller.find().map(caller -> caller.id());
        if (user.isPresent() && !acquire("user:" + user.get(), userPermits, userPeriod)) {
            return Optional.of(tooMany("this user", userPeriod, request));
        }
        return Optional.empty();
    }

    private boolean acquire(String who, long permits, Duration period) {
        RRateLimiter limiter = redisson.getRateLimiter("ratelimit:" + who);
        limiter.trySetRate(RateType.OVERALL, permits, period);
        // idle limiters disappear instead of piling up one key per address ever seen
        limiter.expireIfNotSet(period.multipliedBy(2));
        return limiter.tryAcquire();
    }

    private static Response tooMany(String who, Duration period, ContainerRequestContext request) {
        return ProblemResponses.retryAfter(ProblemDetail.of("rate-limited", "Too many requests", 429,
                "the request budget of " + who + " is used up; it refills within " + period.toSeconds() + " s",
                request.getUriInfo().getPath()), period);
    }
}
