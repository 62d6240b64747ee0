package dev.concierge.projections.requests.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.concierge.projections.requests.domain.Cursor;
import dev.concierge.projections.requests.domain.RequestPage;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /v1/requests}: the page's snapshots newest first, the cursor of the next page
 * (null on the last) and a count for every status (zero included, so every inbox tab has a number).
 */
public record RequestListView(List<Item> items, String nextCursor, Map<RequestStatus, Long> counts) {

    /** A snapshot's fields, and {@code erased} when its customer's data was erased (text and address are null then). */
    public record Item(@JsonUnwrapped RequestSnapshot snapshot, boolean erased) {
    }

    static RequestListView of(RequestPage page) {
        Map<RequestStatus, Long> counts = new LinkedHashMap<>();
        for (RequestStatus status : RequestStatus.values()) {
            counts.put(status, page.counts().getOrDefault(status, 0L));
        }
        return new RequestListView(page.items().stream().map(s -> new Item(s.snapshot(), s.erased())).toList(),
                page.next().map(Cursor::encode).orElse(null), counts);
    }
}
