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

/** FCM HTTP v1's send endpoint. The bearer token is not checked: the dev stack has no Google credentials. */
@Path("/v1/projects/{project}/messages:send")
public class FcmResource {

    @Inject
    PushMessages push;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(@PathParam("project") String project, JsonNode request) {
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
