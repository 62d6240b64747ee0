package dev.concierge.projections.stores.application;

import dev.concierge.projections.stores.domain.StoreDescription;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestEvent.Delivered;
import dev.concierge.schemas.requests.RequestEvent.QuoteSent;
import dev.concierge.schemas.requests.RequestEvent.StoreOutreachRequested;
import dev.concierge.schemas.requests.RequestEvent.StoreQuoteReceived;
import dev.concierge.schemas.stores.StoreEvent;
import dev.concierge.schemas.stores.StoreEvent.StoreAvailabilityChanged;
import dev.concierge.schemas.stores.StoreEvent.StoreRegistered;
import dev.concierge.schemas.stores.StoreEvent.StoreUpdated;
import java.time.Instant;

/**
 * The directory from {@code stores.events} and each store's dealings with requests from {@code requests.events}.
 * Request facts other than outreach, replies, quotes sent and deliveries say nothing about stores.
 */
public final class StoreProjection {

    private final StoreReadModel readModel;

    public StoreProjection(StoreReadModel readModel) {
        this.readModel = readModel;
    }

    /** @param order the fact's {@link dev.concierge.projections.ordering.FactOrder} */
    public void directory(StoreEvent event, String order) {
        if (event instanceof StoreRegistered registered) {
            readModel.describe(StoreDescription.of(registered), order);
        } else if (event instanceof StoreUpdated updated) {
            readModel.describe(StoreDescription.of(updated), order);
        } else if (event instanceof StoreAvailabilityChanged changed) {
            readModel.availability(changed.storeId(), changed.available(), changed.reason(), order);
        }
    }

    /** @param at the fact's envelope time */
    public void requestFact(RequestEvent fact, Instant at) {
        if (fact instanceof StoreOutreachRequested outreach) {
            outreach.storeIds().forEach(storeId -> readModel.contacted(outreach.requestId(), storeId, outreach.round(), at));
        } else if (fact instanceof StoreQuoteReceived reply) {
            readModel.replied(reply.requestId(), reply.storeId(), reply.available(), at);
        } else if (fact instanceof QuoteSent quote) {
            readModel.won(quote.requestId(), quote.storeId(), at);
        } else if (fact instanceof Delivered delivered) {
            readModel.delivered(delivered.requestId(), at);
        }
    }
}
