package dev.concierge.projections.stores.application;

import dev.concierge.projections.paging.Page;
import dev.concierge.projections.stores.domain.ConversationLine;
import dev.concierge.projections.stores.domain.Store;
import dev.concierge.projections.stores.domain.StoreContact;
import dev.concierge.projections.stores.domain.StoreDetail;
import dev.concierge.projections.stores.domain.StoreFilter;
import dev.concierge.projections.stores.domain.StorePerformance;
import java.util.List;
import java.util.Optional;

/** The stores' query side (staff only: the resource checks the role). */
public final class StoreReading {

    /** How many of a store's latest contacts its page shows. */
    public static final int RECENT_OUTREACH = 10;

    /** How many of a store's latest requests its conversation covers. */
    public static final int CONVERSATION_REQUESTS = 20;

    private final StoreQueries queries;
    private final StoreMessages messages;

    public StoreReading(StoreQueries queries, StoreMessages messages) {
        this.queries = queries;
        this.messages = messages;
    }

    public Page<Store> list(StoreFilter filter) {
        return queries.list(filter);
    }

    public Optional<StoreDetail> detail(String storeId) {
        return queries.byId(storeId).map(store -> {
            List<StoreContact> contacts = queries.contactsOf(storeId);
            StorePerformance performance = StorePerformance.of(contacts,
                    queries.deliveredAmong(contacts.stream().filter(StoreContact::won).map(StoreContact::requestId).toList()));
            return new StoreDetail(store, performance, contacts.stream().limit(RECENT_OUTREACH).toList());
        });
    }

    /**
     * The store's WhatsApp conversation across its latest {@value #CONVERSATION_REQUESTS} requests (by first
     * contact), oldest message first; empty when the store is unknown.
     */
    public Optional<List<ConversationLine>> conversation(String storeId) {
        return queries.byId(storeId).map(store -> queries.contactsOf(storeId).stream()
                .limit(CONVERSATION_REQUESTS)
                .flatMap(contact -> messages.about(contact.requestId(), storeId).stream())
                .sorted(ConversationLine.CHRONOLOGICAL)
                .toList());
    }
}
