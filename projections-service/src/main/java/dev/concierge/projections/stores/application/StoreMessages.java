package dev.concierge.projections.stores.application;

import dev.concierge.projections.stores.domain.ConversationLine;
import java.util.List;

/** The messages a store was sent and gave about one request, as that request's timeline holds them. */
@FunctionalInterface
public interface StoreMessages {

    List<ConversationLine> about(String requestId, String storeId);
}
