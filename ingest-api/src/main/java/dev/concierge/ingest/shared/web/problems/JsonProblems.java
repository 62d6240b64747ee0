package dev.concierge.ingest.shared.web.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.concierge.ingest.shared.application.FieldError;
import dev.concierge.ingest.shared.web.RefusedValueException;
import dev.concierge.ingest.shared.web.StrictJson;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * How a body Jackson could not read looks to a client: the field, what it must be, in the
 * client's terms. Jackson's own messages name its classes and options, so they are never passed on
 * whole ({@link JacksonMessages} keeps only the part about the input).
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static ProblemDetail of(JsonProcessingException e, String instance) {
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
            // a reading error inside a field (a too long string, an out-of-range number): the parser knows
            // the exact field; the wrapper's path may stop at the enclosing object
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
