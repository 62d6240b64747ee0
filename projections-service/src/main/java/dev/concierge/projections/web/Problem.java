package dev.concierge.projections.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 7807 {@code application/problem+json} body, the same shape the ingest API answers:
 * {@code type} is a stable slug URI a client can switch on; {@code errors} name the fields at fault.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Problem of(String slug, String title, int status, String detail, String instance) {
        return new Problem("/problems/" + slug, title, status, detail, instance, List.of());
    }

    public Problem withError(String field, String message) {
        return new Problem(type, title, status, detail, instance, List.of(new FieldError(field, message)));
    }
}
