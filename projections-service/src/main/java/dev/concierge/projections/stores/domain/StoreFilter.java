package dev.concierge.projections.stores.domain;

import dev.concierge.projections.paging.PageRequest;

/**
 * A query over the store directory, by name then id: every criterion optional (null: any). {@code text}
 * is a case-insensitive substring of the name, locality or city.
 */
public record StoreFilter(String category, Boolean available, String text, PageRequest page) {

    public static final String LIST = "stores";
}
