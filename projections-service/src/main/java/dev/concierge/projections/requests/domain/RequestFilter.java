package dev.concierge.projections.requests.domain;

import dev.concierge.schemas.common.RequestStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A list query over the {@code requests} read model: every criterion is optional (null or empty means
 * "any"); {@code createdFrom} is inclusive, {@code createdTo} exclusive; {@code text} matches requests
 * whose text or summary has every one of its words (case-insensitive, whole words: the read model keeps
 * a blind index of words, not the text); {@code storeId} matches requests that store was contacted for,
 * answered or was quoted from; {@code sla} is told apart as of the moment of the query ({@link SlaState.Window}).
 */
public record RequestFilter(
        Set<RequestStatus> statuses,
        String agentId,
        String category,
        String customerId,
        Instant createdFrom,
        Instant createdTo,
        String text,
        String storeId,
        SlaState sla,
        RequestSort sort,
        int limit,
        Cursor after) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    public RequestFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? RequestSort.NEWEST : sort;
    }

    /** Newest first, any store and SLA state. */
    public RequestFilter(Set<RequestStatus> statuses, String agentId, String category, String customerId,
            Instant createdFrom, Instant createdTo, String text, int limit, Cursor after) {
        this(statuses, agentId, category, customerId, createdFrom, createdTo, text, null, null, RequestSort.NEWEST, limit,
                after);
    }

    /**
     * The filter narrowed to what the viewer may see: a customer's list is always their own. Empty when
     * a customer asks for another customer's requests, which is not theirs to ask.
     */
    public Optional<RequestFilter> visibleTo(Viewer viewer) {
        if (viewer.isStaff()) {
            return Optional.of(this);
        }
        if (customerId != null && !customerId.equals(viewer.id())) {
            return Optional.empty();
        }
        return Optional.of(new RequestFilter(statuses, agentId, category, viewer.id(), createdFrom, createdTo, text,
                storeId, sla, sort, limit, after));
    }

    /** The same criteria for the inbox tab counts: every status, from the first page. */
    public RequestFilter forCounts() {
        return new RequestFilter(Set.of(), agentId, category, customerId, createdFrom, createdTo, text, storeId, sla,
                sort, limit, null);
    }
}
