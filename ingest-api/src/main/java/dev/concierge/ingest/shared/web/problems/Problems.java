package dev.concierge.ingest.shared.web.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.concierge.ingest.shared.application.ConflictException;
import dev.concierge.ingest.shared.application.EventStoreUnavailableException;
import dev.concierge.ingest.shared.application.FieldError;
import dev.concierge.ingest.shared.application.ForbiddenException;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.application.NotFoundException;
import dev.concierge.ingest.shared.application.PayloadTooLargeException;
import dev.concierge.ingest.shared.application.TooManyRequestsException;
import dev.concierge.ingest.shared.application.UnauthenticatedException;
import dev.concierge.ingest.shared.application.UnprocessableContentException;
import dev.concierge.ingest.shared.application.UnsupportedContentException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * The one place that decides how a failure looks to a client: status, problem type, a message a
 * developer can act on, and the rejected fields. Used by the HTTP exception mappers and by the
 * per-item results of bulk and batch writes.
 */
public final class Problems {

    static final Duration KAFKA_RETRY_AFTER = Duration.ofSeconds(5);
    static final Duration DEPENDENCY_RETRY_AFTER = Duration.ofSeconds(5);

    private Problems() {
    }

    /** A problem plus what goes into headers: Retry-After and the Bearer challenge. */
    public record Problem(ProblemDetail detail, Duration retryAfter, boolean bearerChallenge) {
    }

    /** Returns null for a throwable that is not a known client-side or availability problem. */
    public static Problem describe(Throwable e, String instance) {
        if (e instanceof InvalidInputException invalid) {
            return plain(ProblemDetail.of("invalid-input", "The request has invalid fields", 400, invalid.getMessage(),
                    instance).withErrors(invalid.errors()));
        }
        if (e instanceof ConstraintViolationException violation) {
            List<FieldError> errors = violation.getConstraintViolations().stream()
                    .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList();
            return plain(ProblemDetail.of("invalid-input", "The request has invalid fields", 400,
                    errors.size() + " field(s) failed validation", instance).withErrors(errors));
        }
        if (e instanceof JsonProcessingException json) {
            return plain(JsonProblems.of(json, instance));
        }
        if (e instanceof NotFoundException) {
            return plain(ProblemDetail.of("not-found", "Not found", 404, e.getMessage(), instance));
        }
        if (e instanceof ForbiddenException) {
            return plain(ProblemDetail.of("forbidden", "Not allowed", 403, e.getMessage(), instance));
        }
        if (e instanceof io.quarkus.security.ForbiddenException) {
            return plain(ProblemDetail.of("forbidden", "Not allowed", 403, "your role may not call this endpoint",
                    instance));
        }
        if (e instanceof UnauthenticatedException) {
            return unauthenticated(e.getMessage(), instance);
        }
        if (e instanceof io.quarkus.security.UnauthorizedException) {
            return unauthenticated("a valid bearer token is required", instance);
        }
        if (e instanceof io.quarkus.security.AuthenticationFailedException) {
            return unauthenticated("the bearer token is invalid or expired", instance);
        }
        if (e instanceof ConflictException) {
            return plain(ProblemDetail.of("conflict", "Conflict", 409, e.getMessage(), instance));
        }
        if (e instanceof TooManyRequestsException tooMany) {
            return new Problem(ProblemDetail.of("rate-limited", "Too many requests", 429, e.getMessage(), instance),
                    tooMany.retryAfter(), false);
        }
        if (e instanceof PayloadTooLargeException) {
            return plain(ProblemDetail.of("payload-too-large", "The body is too large", 413, e.getMessage(), instance));
        }
        if (e instanceof UnsupportedContentException) {
            return plain(ProblemDetail.of("unsupported-content", "Unsupported content", 415, e.getMessage(), instance));
        }
        if (e instanceof UnprocessableContentException unprocessable) {
            return plain(ProblemDetail.of("unprocessable-content", "The content cannot be used", 422, e.getMessage(),
                    instance).withErrors(List.of(new FieldError(unprocessable.field(), e.getMessage()))));
        }
        if (e instanceof EventStoreUnavailableException) {
            return new Problem(ProblemDetail.of("event-store-unavailable", "Temporarily unavailable", 503,
                    "the write was not stored because Kafka did not acknowledge it; retry with the same Idempotency-Key",
                    instance), KAFKA_RETRY_AFTER, false);
        }
        if (e instanceof org.redisson.client.RedisException || e instanceof com.mongodb.MongoTimeoutException
                || e instanceof com.mongodb.MongoSocketException) {
            // a store the write path depends on is away: nothing was written, the client may retry
            return new Problem(ProblemDetail.of("dependency-unavailable", "Temporarily unavailable", 503,
                    "a storage dependency (Redis or MongoDB) is unreachable; nothing was written, retry shortly",
                    instance), DEPENDENCY_RETRY_AFTER, false);
        }
        if (e instanceof WebApplicationException web && web.getCause() instanceof JsonProcessingException json) {
            // the JSON body reader wraps parse errors in a 400; the cause is what the client must fix
            return plain(JsonProblems.of(json, instance));
        }
        if (e instanceof WebApplicationException web) {
            return plain(HttpStatusProblems.of(web.getResponse().getStatus(), instance));
        }
        return null;
    }

    private static Problem plain(ProblemDetail detail) {
        return new Problem(detail, null, false);
    }

    private static Problem unauthenticated(String detail, String instance) {
        return new Problem(ProblemDetail.of("unauthenticated", "Authentication required", 401, detail, instance),
                null, true);
    }

    /** "create.body.deliveryAddress.city" → "deliveryAddress.city": the method and argument are noise. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String[] parts = violation.getPropertyPath().toString().replaceAll("\\.<[a-z ]+>", "").split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

}
