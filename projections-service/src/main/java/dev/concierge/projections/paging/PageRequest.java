package dev.concierge.projections.paging;

/** How much of a directory list to read: at most {@code limit} items, after {@code after} (null: from the start). */
public record PageRequest(int limit, PageCursor after) {
}
