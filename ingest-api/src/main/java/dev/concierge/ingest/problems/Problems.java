package dev.concierge.ingest.problems;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.concierge.ingest.shared.application.ConflictException;
import dev.concierge.ingest.shared.application.EventStoreUnavailableException;
import dev.concierge.ingest.shared.application.FieldError;
import dev.concierge.ingest.shared.application.ForbiddenException;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.application.NotFoundException;
import dev.concierge.ingest.shared.application.PayloadTooLargeException;
import dev.concierge.ingest.shared.application.TooManyRequestsException;
import dev.concierge.ingest.shared.application.UnauthenticatedException;
import dev.concierge.ingest.shared.application.UnsupportedContentException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
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
            return plain(json(json, instance));
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
            return plain(json(json, instance));
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            Response.StatusType type = Response.Status.fromStatusCode(status);
            String title = type == null ? "HTTP " + status : type.getReasonPhrase();
            return plain(ProblemDetail.of(title.toLowerCase().replace(' ', '-'), title, status, e.getMessage(), instance));
        }
        return null;
    }

    private static ProblemDetail json(JsonProcessingException e, String instance) {
        if (e instanceof JsonParseException parse) {
            String where = parse.getLocation() == null ? ""
                    : " at line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr();
            return ProblemDetail.of("malformed-json", "The body is not valid JSON", 400,
                    "JSON syntax error" + where + ": " + parse.getOriginalMessage(), instance);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = JsonPaths.of(unknown.getPath());
            return ProblemDetail.of("unknown-field", "The body has a field this endpoint does not know", 400,
                    "unknown field '" + field + "'; known fields: " + unknown.getKnownPropertyIds(), instance)
                    .withErrors(List.of(new FieldError(field, "unknown field")));
        }
        if (e instanceof ValueInstantiationException refused) {
            // a record's constructor refused the value, e.g. a currency that is not ISO 4217
            String field = JsonPaths.of(refused.getPath());
            String reason = refused.getCause() == null ? refused.getOriginalMessage() : refused.getCause().getMessage();
            return ProblemDetail.of("invalid-input", "The request has invalid fields", 400, reason, instance)
                    .withErrors(List.of(new FieldError(field, reason)));
        }
        if (e instanceof InvalidFormatException format) {
            String field = JsonPaths.of(format.getPath());
            String expected = describe(format.getTargetType());
            return ProblemDetail.of("wrong-type", "A field has the wrong type", 400,
                    "field '" + field + "' must be " + expected + ", got " + format.getValue(), instance)
                    .withErrors(List.of(new FieldError(field, "must be " + expected)));
        }
        if (e instanceof MismatchedInputException mismatched) {
            String field = JsonPaths.of(mismatched.getPath());
            String expected = describe(mismatched.getTargetType());
            return ProblemDetail.of("wrong-type", "A field has the wrong type", 400,
                    "field '" + field + "' must be " + expected, instance)
                    .withErrors(List.of(new FieldError(field, "must be " + expected)));
        }
        if (e instanceof JsonMappingException mapping) {
            String field = JsonPaths.of(mapping.getPath());
            return ProblemDetail.of("malformed-json", "The body cannot be read", 400, mapping.getOriginalMessage(),
                    instance).withErrors(List.of(new FieldError(field, mapping.getOriginalMessage())));
        }
        return ProblemDetail.of("malformed-json", "The body cannot be read", 400, e.getOriginalMessage(), instance);
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
        String[] parts = violation.getPropertyPath().toString().split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a different JSON shape";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        return "an object (" + type.getSimpleName() + ")";
    }
}
