package dev.concierge.enrichment.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Refusals leave as problem+json: 401 without a valid token (also a bad or expired one, which is why
 * authentication is not proactive), 403 for a role that does not allow it, 400 for a body that is
 * not JSON or has a field of the wrong type (naming it), the preview's own refusals, and the other
 * HTTP statuses (404, 405, 415) with the framework's status kept.
 */
public class PreviewProblems {

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
        return respond(Problem.of("forbidden", "Not allowed", 403, "only admins may preview the analysis", uri.getPath()));
    }

    @ServerExceptionMapper
    public Response refused(PreviewRefused e, UriInfo uri) {
        return respond(e.problem(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() ? path(mapping) : "body";
        String detail = "body".equals(field) ? "the body is not valid JSON"
                : "field '" + field + "' has the wrong type or shape";
        return respond(Problem.of("malformed-json", "The body cannot be read", 400, detail, uri.getPath()).naming(field));
    }

    /** More specific than {@link #unreadable}, so that it wins over Quarkus' own mapper for this type. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        return respond(Problem.of(status == 404 ? "not-found" : "http-" + status,
                e.getResponse().getStatusInfo().getReasonPhrase(), status, e.getMessage(), uri.getPath()));
    }

    /** {@code images[2]}, {@code answers[0]}, {@code text}: the field as the client wrote it. */
    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(Problem.of("unauthenticated", "Authentication required", 401,
                "a valid bearer token issued by ingest-api is required", uri.getPath())))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
