package dev.concierge.outbox.push;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * FCM HTTP v1's send endpoint. The bearer token is not checked: the dev stack has no Google credentials.
 * The custom method is a path parameter because some clients send the colon as {@code %3A}, which a
 * literal {@code messages:send} path does not match; the parameter arrives decoded either way.
 */
@Path("/v1/projects/{project}/{method}")
public class FcmResource {

    static final String SEND = "messages:send";

    @Inject
    PushMessages push;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(@PathParam("project") String project, @PathParam("method") String method,
            JsonNode request) {
        if (!SEND.equals(method)) {
            return Response.status(404).entity(Map.of("error", Map.of("code", 404,
                    "message", "Method not found: " + method, "status", "NOT_FOUND"))).build();
        }
        PushMessages.Result result = push.send(project, request);
        if (result instanceof PushMessages.Accepted accepted) {
            return Response.ok(Map.of("name", accepted.name())).build();
        }
        PushMessages.Rejected rejected = (PushMessages.Rejected) result;
        // Google's error shape, which the Firebase Admin SDK turns into an exception naming the status
        return Response.status(400)
                .entity(Map.of("error", Map.of("code", 400, "message", rejected.message(), "status", "INVALID_ARGUMENT")))
                .build();
    }
}
