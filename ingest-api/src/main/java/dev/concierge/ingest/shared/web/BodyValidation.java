package dev.concierge.ingest.shared.web;

import dev.concierge.ingest.shared.application.FieldError;
import dev.concierge.ingest.shared.application.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Validates a body read by hand (not a resource parameter) and reports every field at once. */
public final class BodyValidation {

    private BodyValidation() {
    }

    public static <T> T check(Validator validator, T body, String what) {
        if (body == null) {
            throw InvalidInputException.of("body", what + " needs a JSON object body");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString().replaceAll("\\.<[a-z ]+>", ""), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList();
            throw new InvalidInputException(what + " has " + errors.size() + " invalid field(s)", errors);
        }
        return body;
    }
}
