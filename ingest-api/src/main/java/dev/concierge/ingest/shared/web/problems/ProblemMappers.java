package dev.concierge.ingest.shared.web.problems;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.concierge.ingest.shared.application.ConflictException;
import dev.concierge.ingest.shared.application.EventStoreUnavailableException;
import dev.concierge.ingest.shared.application.ForbiddenException;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.application.NotFoundException;
import dev.concierge.ingest.shared.application.PayloadTooLargeException;
import dev.concierge.ingest.shared.application.TooManyRequestsException;
import dev.concierge.ingest.shared.application.UnauthenticatedException;
import dev.concierge.ingest.shared.application.UnsupportedContentException;
import dev.concierge.ingest.shared.web.CustomMethodPaths;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure leaves as RFC 7807 problem+json (see {@link Problems}). One mapper per exception
 * type so that each wins over the framework's own defaults; only a genuine bug answers 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri) {
        return respond(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        return respond(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(e, uri);
    }

    /** More specific than the framework's own mapper for this type, which answers plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return respond(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return respond(e, uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(e, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(e, uri);
    }

    @ServerExceptionMapper
    public Response securityForbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return respond(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthenticatedException e, UriInfo uri) {
        return respond(e, uri);
    }

    @ServerExceptionMapper
    public Response securityUnauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(e, uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return respond(e, uri);
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return respond(e, uri);
    }

    @ServerExceptionMapper
    public Response tooMany(TooManyRequestsException e, UriInfo uri) {
        return respond(e, uri);
    }

    @ServerExceptionMapper
    public Response tooLarge(PayloadTooLargeException e, UriInfo uri) {
        return respond(e, uri);
    }

    @ServerExceptionMapper
    public Response unsupportedContent(UnsupportedContentException e, UriInfo uri) {
        return respond(e, uri);
    }

    @ServerExceptionMapper
    public Response kafkaUnavailable(EventStoreUnavailableException e, UriInfo uri) {
        LOG.warnf("write refused, Kafka unavailable: %s", e.getMessage());
        return respond(e, uri);
    }

    /** 404 for unknown paths, 405, 406, 415 from content negotiation: keep the status, add a body. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        return respond(e, uri);
    }

    /** Anything else: a known problem type wrapped in another exception, or a genuine bug (500). */
    @ServerExceptionMapper
    public Response bug(Throwable e, UriInfo uri) {
        return respond(e, uri);
    }

    private static Response respond(Throwable e, UriInfo uri) {
        Problems.Problem problem = Problems.describe(e, path(uri));
        if (problem != null) {
            return toResponse(problem);
        }
        LOG.error("unexpected failure on " + path(uri), e);
        return ProblemResponses.of(ProblemDetail.internal(500, path(uri)));
    }

    static Response toResponse(Problems.Problem problem) {
        Response response = problem.retryAfter() == null ? ProblemResponses.of(problem.detail())
                : ProblemResponses.retryAfter(problem.detail(), problem.retryAfter());
        if (problem.bearerChallenge()) {
            return Response.fromResponse(response).header("WWW-Authenticate", "Bearer").build();
        }
        return response;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : CustomMethodPaths.contractPath(uri.getPath());
    }
}
