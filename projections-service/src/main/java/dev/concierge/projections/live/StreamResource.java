package dev.concierge.projections.live;

import dev.concierge.projections.requests.domain.Viewer;
import dev.concierge.projections.requests.web.Callers;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /v1/stream}: Server-Sent Events of the request, message, notification and typing changes the
 * caller may see. Read-only. Each kept change has an SSE id; reconnecting with {@code Last-Event-ID} resumes.
 */
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
    @Operation(summary = "Request, message, notification and typing changes as they happen, filtered by what the "
            + "caller may see; Last-Event-ID resumes after a disconnect")
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        Viewer viewer = callers.viewer();
        return feed.streamFor(viewer, lastEventId == null || lastEventId.isBlank() ? null : lastEventId)
                .map(event -> {
                    OutboundSseEvent.Builder builder = sse.newEventBuilder().mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(LiveChange.class, event.change());
                    return event.id() == null ? builder.build() : builder.id(event.id()).build();
                });
    }
}
