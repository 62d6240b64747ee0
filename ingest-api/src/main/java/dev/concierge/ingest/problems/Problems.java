package dev.concierge.ingest.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
import dev.concierge.ingest.shared.application.UnprocessableContentException;
import dev.concierge.ingest.shared.application.UnsupportedContentException;
import dev.concierge.ingest.shared.web.RefusedValueException;
import dev.concierge.ingest.shared.web.StrictJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
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
            return plain(json(json, instance));
        }
        if (e instanceof WebApplicationException web) {
            return plain(HttpStatusProblems.of(web.getResponse().getStatus(), instance));
        }
        return null;
    }

    private static ProblemDetail json(JsonProcessingException e, String instance) {
        if (e instanceof RefusedValueException refused) {
            String field = JsonPaths.of(refused.getPath());
            return ProblemDetail.of("invalid-input", "The request has invalid fields", 400,
                    "field '" + field + "' " + refused.reason(), instance)
                    .withErrors(List.of(new FieldError(field, refused.reason())));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = JsonPaths.of(unknown.getPath());
            return ProblemDetail.of("unknown-field", "The body has a field this endpoint does not know", 400,
                    "unknown field '" + field + "'; known fields: " + unknown.getKnownPropertyIds(), instance)
                    .withErrors(List.of(new FieldError(field, "unknown field")));
        }
        if (e instanceof ValueInstantiationException refused) {
            // a record's constructor refused the value, e.g. a currency that is not ISO 4217
            String reason = refused.getCause() instanceof IllegalArgumentException invalid && invalid.getMessage() != null
                    ? invalid.getMessage() : "is missing or has a value that is not allowed";
            String field = JsonPaths.of(refused.getPath(), refused.getType(), reason);
            return ProblemDetail.of("invalid-input", "The request has invalid fields", 400, reason, instance)
                    .withErrors(List.of(new FieldError(field, reason)));
        }
        if (e instanceof InvalidFormatException format) {
            String field = JsonPaths.of(format.getPath());
            String expected = describe(format.getTargetType());
            return ProblemDetail.of("wrong-type", "A field has the wrong type", 400,
                    "field '" + field + "' must be " + expected + ", got " + shortened(format.getValue()), instance)
                    .withErrors(List.of(new FieldError(field, "must be " + expected)));
        }
        if (e instanceof MismatchedInputException mismatched) {
            String field = JsonPaths.of(mismatched.getPath());
            String expected = describe(mismatched.getTargetType());
            return ProblemDetail.of("wrong-type", "A field has the wrong type", 400,
                    "field '" + field + "' must be " + expected, instance)
                    .withErrors(List.of(new FieldError(field, "must be " + expected)));
        }
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof JsonProcessingException cause) {
            // a reading error inside a field (a too long string, an out-of-range number): the path is on the wrapper
            // the parser knows the exact field (the wrapper's path may stop at the enclosing object)
            String at = JsonPaths.of(cause.getProcessor());
            return unreadable(cause, "$".equals(at) ? JsonPaths.of(mapping.getPath()) : at, instance);
        }
        if (e instanceof JsonMappingException mapping) {
            String field = JsonPaths.of(mapping.getPath());
            return ProblemDetail.of("malformed-json", "The body cannot be read", 400,
                    "field '" + field + "' does not have the shape this endpoint expects", instance)
                    .withErrors(List.of(new FieldError(field, "has an unexpected shape")));
        }
        return unreadable(e, JsonPaths.of(e.getProcessor()), instance);
    }

    /** Parser-level problems, described in the client's terms (Jackson's own messages name its classes). */
    private static ProblemDetail unreadable(JsonProcessingException e, String field, String instance) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            String what = original.startsWith("Document nesting depth")
                    ? "the JSON is nested more than " + StrictJson.MAX_DEPTH + " levels deep"
                    : original.startsWith("Number value length")
                            ? "a number has more than " + StrictJson.MAX_NUMBER_LENGTH + " digits"
                            : "a string is longer than " + StrictJson.MAX_STRING + " characters";
            return ProblemDetail.of("limit-exceeded", "A value is too large", 400, what, instance)
                    .withErrors(List.of(new FieldError(field, what)));
        }
        if (e instanceof InputCoercionException) {
            return ProblemDetail.of("wrong-type", "A field has the wrong type", 400,
                    "field '" + field + "' is out of range", instance)
                    .withErrors(List.of(new FieldError(field, "is out of range")));
        }
        if (original.startsWith("Duplicate")) {
            return ProblemDetail.of("duplicate-field", "A field appears twice", 400,
                    "field '" + field + "' appears more than once in the same object", instance)
                    .withErrors(List.of(new FieldError(field, "appears more than once")));
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String what = original.contains("Non-standard token") ? "NaN and Infinity are not JSON numbers"
                : original.contains("Invalid UTF-8") ? "the body is not valid UTF-8"
                : JacksonMessages.clientPart(original);
        ProblemDetail malformed = ProblemDetail.of("malformed-json", "The body is not valid JSON", 400,
                "JSON syntax error" + where + (what.isEmpty() ? "" : ": " + what), instance);
        return "$".equals(field) ? malformed
                : malformed.withErrors(List.of(new FieldError(field, what.isEmpty() ? "is not valid JSON" : what)));
    }

    private static String shortened(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
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
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
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
        return "an object";
    }
}
