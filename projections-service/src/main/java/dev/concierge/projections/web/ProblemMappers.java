package dev.concierge.projections.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Refusals leave as problem+json: 401 without a valid token (also a bad or expired one, which is
 * why authentication is not proactive), 403 for a role that does not allow
 * it, 404 and the other HTTP statuses with the framework's status kept.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of("forbidden", "Not allowed", 403, "your token's roles do not allow this", path(uri)));
    }

    @ServerExceptionMapper
    public Response refused(RefusedException e, UriInfo uri) {
        return respond(e.problem(path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Problem problem = status == 404
                ? Problem.of("not-found", "Not found", 404, e.getMessage(), path(uri))
                : Problem.of("http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), status, e.getMessage(),
                        path(uri));
        return respond(problem);
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(Problem.of("unauthenticated", "Authentication required", 401,
                "a valid bearer token issued by the ingest API is required", path(uri))))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri.getPath();
    }
}
