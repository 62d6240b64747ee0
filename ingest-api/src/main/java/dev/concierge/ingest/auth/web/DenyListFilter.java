package dev.concierge.ingest.auth.web;

import dev.concierge.ingest.auth.application.AccessDenyList;
import dev.concierge.ingest.problems.ProblemDetail;
import dev.concierge.ingest.problems.ProblemResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses access tokens revoked by logout, even though their signature and expiry are still fine. */
public class DenyListFilter {

    @Inject
    JsonWebToken jwt;
    @Inject
    AccessDenyList denyList;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> refuseRevoked(ContainerRequestContext request) {
        String tokenId = jwt.getTokenID();
        if (tokenId == null || !denyList.isDenied(tokenId)) {
            return Optional.empty();
        }
        return Optional.of(Response.fromResponse(ProblemResponses.of(ProblemDetail.of("unauthenticated",
                        "Authentication required", 401, "this access token was revoked (logout); sign in again",
                        request.getUriInfo().getPath())))
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"").build());
    }
}
