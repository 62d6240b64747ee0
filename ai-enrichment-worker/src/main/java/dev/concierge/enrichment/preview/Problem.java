package dev.concierge.enrichment.preview;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 7807 {@code application/problem+json} body in the shape every Concierge service answers:
 * {@code type} is a stable slug URI a client can switch on; {@code errors} name the fields at fault.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    static Problem of(String slug, String title, int status, String detail, String instance) {
        return new Problem("/problems/" + slug, title, status, detail, instance, List.of());
    }

    Problem naming(String field) {
        return new Problem(type, title, status, detail, instance, List.of(new FieldError(field, detail)));
    }
}
