package dev.concierge.projections.stores.application;

import dev.concierge.projections.paging.Page;
import dev.concierge.projections.stores.domain.Store;
import dev.concierge.projections.stores.domain.StoreContact;
import dev.concierge.projections.stores.domain.StoreFilter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the stores read model answers. */
public interface StoreQueries {

    /** By name (lower-cased), then id. */
    Page<Store> list(StoreFilter filter);

    Optional<Store> byId(String storeId);

    /** Every request the store was contacted for, answered or won, newest contact first. */
    List<StoreContact> contactsOf(String storeId);

    /** Which of these requests were delivered. */
    Set<String> deliveredAmong(Collection<String> requestIds);
}
