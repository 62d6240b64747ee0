package dev.concierge.ingest.auth.web;

import dev.concierge.ingest.auth.application.AccessDenyList;
import dev.concierge.ingest.auth.security.JwtTokenIssuer;
import dev.concierge.ingest.shared.web.CustomMethodPaths;
import dev.concierge.ingest.shared.web.problems.ProblemDetail;
import dev.concierge.ingest.shared.web.problems.ProblemResponses;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses access tokens revoked by logout or by the end of their session, even though their signature and expiry are still fine. */
public class DenyListFilter {

    @Inject
    JsonWebToken jwt;
    @Inject
    AccessDenyList denyList;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> refuseRevoked(ContainerRequestContext request) {
        String tokenId = jwt.getTokenID();
        if (tokenId == null || !denyList.isDenied(tokenId, sessionOf(jwt))) {
            return Optional.empty();
        }
        return Optional.of(Response.fromResponse(ProblemResponses.of(ProblemDetail.of("unauthenticated",
                        "Authentication required", 401, "this access token was revoked (logout or an ended session); sign in again",
                        CustomMethodPaths.contractPath(request.getUriInfo().getPath()))))
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"").build());
    }

    /** The session id of a verified token; null for tokens issued before sessions were named. */
    static String sessionOf(JsonWebToken jwt) {
        Object claim = jwt.getClaim(JwtTokenIssuer.SESSION_CLAIM);
        return claim instanceof JsonString json ? json.getString() : claim == null ? null : claim.toString();
    }
}
