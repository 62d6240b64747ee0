package dev.concierge.ingest.shared.web;

import dev.concierge.ingest.auth.web.RevokedTokens;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.web.problems.ProblemDetail;
import dev.concierge.ingest.shared.web.problems.ProblemResponses;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
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
     * No thread waits for it: the request is suspended until Redis answers, then RESTEasy Reactive
     * resumes it on the thread it ran on (the event loop for a non-blocking endpoint, a worker for
     * the others), never on Redisson's.
     */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        String user = currentCaller.find().map(Caller::id).orElse(null);
        return Uni.createFrom().completionStage(budgets.spendAsync(http.remoteAddress().hostAddress(), user,
                        revokedTokens.markers()))
                .map(refusal -> refusal.map(refused -> refused.vetoed() ? RevokedTokens.refusal(request)
                        : tooMany(refused.who(), refused.retryAfter(), request)).orElse(null));
    }

    private static Response tooMany(String who, Duration period, ContainerRequestContext request) {
        return ProblemResponses.retryAfter(ProblemDetail.of("rate-limited", "Too many requests", 429,
                "the request budget of " + who + " is used up; it refills within " + period.toSeconds() + " s",
                CustomMethodPaths.contractPath(request.getUriInfo().getPath())), period);
    }
}
