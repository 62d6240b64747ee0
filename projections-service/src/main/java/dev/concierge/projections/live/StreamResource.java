package dev.concierge.projections.live;

import dev.concierge.projections.requests.domain.Viewer;
import dev.concierge.projections.requests.web.Callers;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** {@code GET /v1/stream}: Server-Sent Events of request and message changes the caller may see. Read-only. */
@Path("/v1/stream")
@Tag(name = "stream", description = "Live updates over Server-Sent Events")
public class StreamResource {

    private final LiveFeed feed;
    private final Callers callers;

    StreamResource(LiveFeed feed, Callers callers) {
        this.feed = feed;
        this.callers = callers;
    }

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request and message changes as they happen, filtered by what the caller may see")
    public Multi<LiveChange> stream() {
        Viewer viewer = callers.viewer();
        return feed.streamFor(viewer);
    }
}
