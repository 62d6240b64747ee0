package dev.concierge.outbox.web;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** RFC 7807 problem+json with the field-level list the other Concierge services use. */
final class Problem {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    static Response invalid(String field, String message) {
        return Response.status(400).type(MEDIA_TYPE).entity(Map.of(
                "type", "/problems/invalid-input",
                "title", "Invalid input",
                "status", 400,
                "detail", field + ": " + message,
                "errors", List.of(Map.of("field", field, "message", message)))).build();
    }

    static Response notFound(String detail) {
        return Response.status(404).type(MEDIA_TYPE).entity(Map.of(
                "type", "/problems/not-found",
                "title", "Not found",
                "status", 404,
                "detail", detail)).build();
    }

    static Response badGateway(String detail) {
        return Response.status(502).type(MEDIA_TYPE).entity(Map.of(
                "type", "/problems/ingest-api-unavailable",
                "title", "The ingest API did not take the webhook",
                "status", 502,
                "detail", detail)).build();
    }
}
