package dev.concierge.projections.requests.domain;

import dev.concierge.schemas.common.RequestStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of the newest-first list, the cursor of the next page (empty on the last), and how many
 * requests each status has under the same criteria and visibility, for inbox tabs.
 */
public record RequestPage(List<StoredRequest> items, Optional<Cursor> next, Map<RequestStatus, Long> counts) {

    public RequestPage {
        items = List.copyOf(items);
        counts = Map.copyOf(counts);
    }
}
