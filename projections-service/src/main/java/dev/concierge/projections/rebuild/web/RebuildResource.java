package dev.concierge.projections.rebuild.web;

import dev.concierge.projections.rebuild.application.RebuildStart;
import dev.concierge.projections.rebuild.application.Rebuilds;
import dev.concierge.projections.rebuild.domain.RebuildReport;
import dev.concierge.projections.web.RefusedException;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The admin rebuild: replays every read model's topics from offset zero into a fresh database, then
 * switches reads and writes to it. Admins only (401 without a token, 403 for other roles).
 */
@Path("/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "admin", description = "Operations on the read models")
public class RebuildResource {

    private final Rebuilds rebuilds;

    RebuildResource(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @POST
    @Path("/rebuild")
    @Blocking
    @Operation(summary = "Start a rebuild of every read model from offset zero; 409 while one runs")
    public Response start(@Context UriInfo uri) {
        RebuildStart start = rebuilds.start();
        RebuildReport report = start.report();
        if (start instanceof RebuildStart.AlreadyRunning) {
            throw new RefusedException(409, "rebuild-running", "A rebuild is running",
                    "rebuild " + report.rebuildId() + " is running, see /v1/admin/rebuilds/" + report.rebuildId(), null);
        }
        return Response.accepted(report)
                .location(uri.getBaseUriBuilder().path("/v1/admin/rebuilds/{id}").build(report.rebuildId())).build();
    }

    @GET
    @Path("/rebuild")
    @Blocking
    @Operation(summary = "The latest rebuild this instance started: state, percent, events/s, per-topic counts")
    public RebuildReport latest() {
        return rebuilds.latest().orElseThrow(() -> RefusedException.notFound("this instance has run no rebuild"));
    }

    @GET
    @Path("/rebuilds/{rebuildId}")
    @Blocking
    @Operation(summary = "One rebuild this instance started")
    public RebuildReport one(@PathParam("rebuildId") String rebuildId) {
        return rebuilds.byId(rebuildId).orElseThrow(() -> RefusedException.notFound("no rebuild " + rebuildId));
    }
}
