package dev.concierge.projections.paging;

import java.util.List;
import java.util.Optional;

/** One page of a directory list and the cursor of the next page (empty on the last). */
public record Page<T>(List<T> items, Optional<PageCursor> next) {

    public Page {
        items = List.copyOf(items);
    }
}
