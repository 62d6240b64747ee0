package dev.concierge.ingest.auth.web;

import dev.concierge.ingest.auth.application.AccessDenyList;
import dev.concierge.ingest.auth.security.JwtTokenIssuer;
import dev.concierge.ingest.shared.web.CustomMethodPaths;
import dev.concierge.ingest.shared.web.problems.ProblemDetail;
import dev.concierge.ingest.shared.web.problems.ProblemResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Access tokens revoked by logout or by the end of their session, even though their signature and
 * expiry are still fine. The deny-list is not asked on its own: {@code shared.web.RateLimitFilter}
 * sends these markers with the request's budgets, so revocation and rate limits cost one Redis round
 * trip per request, and a revoked token is refused before it spends a permit.
 */
@ApplicationScoped
public class RevokedTokens {

    @Inject
    JsonWebToken jwt;
    @Inject
    AccessDenyList denyList;

    /** The deny-list markers of the current request's token; none without a token. */
    public List<String> markers() {
        return markersOf(jwt);
    }

    /** The deny-list markers of a verified token, for a route that holds the token itself. */
    public List<String> markersOf(JsonWebToken token) {
        String tokenId = token.getTokenID();
        return tokenId == null ? List.of() : denyList.markersOf(tokenId, sessionOf(token));
    }

    /** The 401 for a request whose token carries a marker that exists. */
    public static Response refusal(ContainerRequestContext request) {
        return Response.fromResponse(ProblemResponses.of(ProblemDetail.of("unauthenticated",
                        "Authentication required", 401, "this access token was revoked (logout or an ended session); sign in again",
                        CustomMethodPaths.contractPath(request.getUriInfo().getPath()))))
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"").build();
    }

    /** The session id of a verified token; null for tokens issued before sessions were named. */
    static String sessionOf(JsonWebToken jwt) {
        Object claim = jwt.getClaim(JwtTokenIssuer.SESSION_CLAIM);
        return claim instanceof JsonString json ? json.getString() : claim == null ? null : claim.toString();
    }
}
