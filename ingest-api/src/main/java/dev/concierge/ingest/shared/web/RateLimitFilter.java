package dev.concierge.ingest.shared.web;

import dev.concierge.ingest.auth.web.RevokedTokens;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.web.problems.ProblemDetail;
import dev.concierge.ingest.shared.web.problems.ProblemResponses;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Spends one permit of the caller's address and user budgets per request. Over budget → 429 with
 * Retry-After. The caller's revoked-token markers travel in the same Redis round trip: a revoked
 * token → 401, nothing spent.
 */
public class RateLimitFilter {

    @Inject
    RequestBudgets budgets;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    RevokedTokens revokedTokens;

    /**
     * After authentication (the user budget needs the caller), before idempotency and the write itself.
     * The deny-list and both budgets are checked (and the budgets spent) in one Redis round trip.
     */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Optional<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        String user = currentCaller.find().map(Caller::id).orElse(null);
        return budgets.spend(http.remoteAddress().hostAddress(), user, revokedTokens.markers())
                .map(refusal -> refusal.vetoed() ? RevokedTokens.refusal(request)
                        : tooMany(refusal.who(), refusal.retryAfter(), request));
    }

    private static Response tooMany(String who, Duration period, ContainerRequestContext request) {
        return ProblemResponses.retryAfter(ProblemDetail.of("rate-limited", "Too many requests", 429,
                "the request budget of " + who + " is used up; it refills within " + period.toSeconds() + " s",
                CustomMethodPaths.contractPath(request.getUriInfo().getPath())), period);
    }
}
