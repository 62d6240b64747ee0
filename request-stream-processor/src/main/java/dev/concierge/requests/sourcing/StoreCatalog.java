package dev.concierge.requests.sourcing;

import java.util.Collection;

/** The store directory and each store's track record, as the selector needs them. */
public interface StoreCatalog {

    Collection<Store> stores();

    StorePerformance performance(String storeId);
}
