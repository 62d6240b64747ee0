package dev.concierge.ingest.shared.web.problems;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.concierge.ingest.shared.application.FieldError;
import java.util.List;

/**
 * An RFC 7807 {@code application/problem+json} body. {@code type} is a stable slug-based URI a
 * client can switch on; {@code errors} lists every rejected field, not just the first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "/problems/";

    public ProblemDetail {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemDetail of(String slug, String title, int status, String detail, String instance) {
        return new ProblemDetail(TYPE_PREFIX + slug, title, status, detail, instance, List.of());
    }

    /**
     * The answer to a failure nobody foresaw ({@code status} 500 or another 5xx): it names nothing of the cause,
     * which goes to the log instead.
     */
    public static ProblemDetail internal(int status, String instance) {
        return of("internal", "Internal error", status, "an unexpected error occurred; it has been logged", instance);
    }

    public ProblemDetail withErrors(List<FieldError> fieldErrors) {
        return new ProblemDetail(type, title, status, detail, instance, fieldErrors);
    }

    /** The last segment of {@code type}, e.g. {@code invalid-input}; used as the metrics reason. */
    public String slug() {
        return type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
    }
}
