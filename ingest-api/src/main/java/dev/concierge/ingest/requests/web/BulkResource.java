package dev.concierge.ingest.requests.web;

import dev.concierge.ingest.requests.application.RequestWrites;
import dev.concierge.ingest.requests.web.RequestBodies.BulkBody;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.web.CurrentCaller;
import dev.concierge.ingest.shared.web.CustomMethodPaths;
import dev.concierge.ingest.shared.web.problems.ProblemDetail;
import dev.concierge.ingest.shared.web.problems.ProblemOutcomes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(CustomMethodPaths.BULK_PATH)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "requests")
public class BulkResource {

    @Inject
    RequestWrites writes;
    @Inject
    CommandCatalog commands;
    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed("admin")
    @Operation(summary = "POST /v1/requests:bulk — admin: issue one command to many requests, with a result per request",
            description = "The params are validated once; each request is then written on its own, so one "
                    + "missing request does not stop the others.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "bulk cancel", value = """
            {"command": "CancelRequest", "requestIds": ["req_0b8e2c1e-5d7a-4f43-9a53-0f4a3d1c9e21"],
             "params": {"reason": "store closed for Diwali"}}""")))
    @APIResponse(responseCode = "202", description = "Per-item results",
            content = @Content(examples = @ExampleObject(name = "results", value = """
                    {"accepted": 1, "rejected": 0, "items": [{"requestId": "req_0b8e…", "status": 202, "eventId": "6f1d…"}]}""")))
    public Response bulk(@Valid @NotNull BulkBody body) throws IOException {
        Caller admin = caller.get();
        var parsed = commands.parse(body.command(), body.params());
        List<ItemResult> items = new ArrayList<>();
        for (String requestId : body.requestIds()) {
            items.add(ProblemOutcomes.attempt(
                    () -> {
                        var accepted = writes.submit(admin, parsed.toCommand(requestId, admin.asActor()));
                        return new ItemResult(requestId, 202, accepted.eventId(), null);
                    },
                    problem -> new ItemResult(requestId, problem.status(), null, problem)));
        }
        long ok = items.stream().filter(i -> i.status() == 202).count();
        return Response.accepted(new BulkResult(ok, items.size() - ok, items)).build();
    }

    public record ItemResult(String requestId, int status, String eventId, ProblemDetail problem) {
    }

    public record BulkResult(long accepted, long rejected, List<ItemResult> items) {
    }
}
