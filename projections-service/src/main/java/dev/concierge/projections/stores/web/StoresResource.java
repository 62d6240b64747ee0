package dev.concierge.projections.stores.web;

import dev.concierge.projections.requests.web.Callers;
import dev.concierge.projections.stores.application.StoreReading;
import dev.concierge.projections.stores.domain.ConversationLine;
import dev.concierge.projections.stores.domain.Store;
import dev.concierge.projections.stores.domain.StoreDetail;
import dev.concierge.projections.stores.domain.StoreFilter;
import dev.concierge.projections.web.ListView;
import dev.concierge.projections.web.Paging;
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

/** The store directory and each store's performance, for agents and admins (customers: 403). */
@Path("/v1/stores")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "stores", description = "The store directory, with reply rate, reply time, quotes won and fulfilment")
public class StoresResource {

    private final StoreReading reading;
    private final Callers callers;

    StoresResource(StoreReading reading, Callers callers) {
        this.reading = reading;
        this.callers = callers;
    }

    @GET
    @Blocking
    @Operation(summary = "Stores by name, filtered by category, availability and text, with a cursor to the next page")
    public ListView<Store> list(@QueryParam("category") String category, @QueryParam("available") String available,
            @QueryParam("q") String q, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        callers.staff();
        StoreFilter filter = new StoreFilter(Paging.blankToNull(category), Paging.bool("available", available),
                Paging.blankToNull(q), Paging.of(StoreFilter.LIST, limit, cursor));
        return ListView.of(reading.list(filter));
    }

    @GET
    @Path("/{storeId}")
    @Blocking
    @Operation(summary = "One store: its directory entry, performance and latest outreach")
    public StoreDetail detail(@PathParam("storeId") String storeId) {
        callers.staff();
        return reading.detail(storeId).orElseThrow(() -> RefusedException.notFound("no store " + storeId));
    }

    @GET
    @Path("/{storeId}/conversation")
    @Blocking
    @Operation(summary = "The store's WhatsApp conversation: outreach it was sent and its replies, across its latest requests, oldest first")
    public ConversationView conversation(@PathParam("storeId") String storeId) {
        callers.staff();
        return new ConversationView(storeId, reading.conversation(storeId)
                .orElseThrow(() -> RefusedException.notFound("no store " + storeId)));
    }

    /** {@code {"storeId", "messages": [...]}}: one object, so the answer can grow without breaking clients. */
    public record ConversationView(String storeId, List<ConversationLine> messages) {
    }
}
