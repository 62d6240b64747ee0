package dev.concierge.projections.requests.web;

import dev.concierge.projections.requests.application.RequestReading;
import dev.concierge.projections.requests.domain.RequestFilter;
import dev.concierge.projections.requests.domain.Viewer;
import dev.concierge.projections.web.RefusedException;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The request read model over HTTP, with the ingest API's JWTs: customers see only their own
 * requests, agents and admins all. Another customer's request is answered exactly like a missing one.
 */
@Path("/v1/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "requests", description = "Requests: the inbox list, counts per status and the detail with its timeline")
public class RequestsResource {

    private final RequestReading reading;
    private final Callers callers;

    RequestsResource(RequestReading reading, Callers callers) {
        this.reading = reading;
        this.callers = callers;
    }

    @GET
    @Blocking
    @Operation(summary = "Requests newest first (or oldest, or due soonest), filtered, with a cursor to the next page "
            + "and counts per status")
    public RequestListView list(@QueryParam("status") List<String> status, @QueryParam("agentId") String agentId,
            @QueryParam("category") String category, @QueryParam("customerId") String customerId,
            @QueryParam("createdFrom") String createdFrom, @QueryParam("createdTo") String createdTo,
            @QueryParam("q") String q, @QueryParam("storeId") String storeId, @QueryParam("sla") String sla,
            @QueryParam("sort") String sort, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Viewer viewer = callers.viewer();
        RequestFilter filter = ListParameters.parse(status, agentId, category, customerId, createdFrom, createdTo, q,
                storeId, sla, sort, limit, cursor);
        return reading.list(filter, viewer).map(RequestListView::of)
                .orElseThrow(() -> RefusedException.badParameter("customerId",
                        "customers list their own requests; leave customerId out"));
    }

    @GET
    @Path("/{requestId}")
    @Blocking
    @Operation(summary = "One request: its snapshot, timeline, messages, outreach and quotes")
    public RequestDetailView detail(@PathParam("requestId") String requestId) {
        Viewer viewer = callers.viewer();
        return reading.detail(requestId, viewer).map(RequestDetailView::of)
                .orElseThrow(() -> RefusedException.notFound("no request " + requestId));
    }
}
