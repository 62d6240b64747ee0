package dev.concierge.projections.web;

import dev.concierge.projections.paging.Page;
import dev.concierge.projections.paging.PageCursor;
import java.util.List;

/** The answer of a directory list: the page's items and the cursor of the next page (null on the last). */
public record ListView<T>(List<T> items, String nextCursor) {

    public static <T> ListView<T> of(Page<T> page) {
        return new ListView<>(page.items(), page.next().map(PageCursor::encode).orElse(null));
    }
}
