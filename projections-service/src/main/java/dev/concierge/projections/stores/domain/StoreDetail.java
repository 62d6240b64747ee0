package dev.concierge.projections.stores.domain;

import java.util.List;

/** One store's page: the directory entry, its performance, and its latest contacts, newest first. */
public record StoreDetail(Store store, StorePerformance performance, List<StoreContact> recentOutreach) {

    public StoreDetail {
        recentOutreach = List.copyOf(recentOutreach);
    }
}
