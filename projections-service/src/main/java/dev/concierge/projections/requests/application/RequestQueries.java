package dev.concierge.projections.requests.application;

import dev.concierge.projections.requests.domain.ChatMessage;
import dev.concierge.projections.requests.domain.RequestFilter;
import dev.concierge.projections.requests.domain.RequestPage;
import dev.concierge.projections.requests.domain.SlaState;
import dev.concierge.projections.requests.domain.StoredRequest;
import dev.concierge.projections.requests.domain.TimelineEntry;
import java.util.List;
import java.util.Optional;

/** What the read model answers; visibility is applied before these are asked. */
public interface RequestQueries {

    /**
     * In {@code filter.sort()} order (ties by id), at most {@code filter.limit()}, with counts per status;
     * {@code sla} tells the filter's SLA states apart.
     */
    RequestPage list(RequestFilter filter, SlaState.Window sla);

    Optional<StoredRequest> byId(String requestId);

    List<TimelineEntry> timelineOf(String requestId);

    /** One message of a conversation by its event id, as stored (its text erased with its customer's data). */
    Optional<ChatMessage> message(String eventId);

    /** The conversation, oldest first. */
    List<ChatMessage> messagesOf(String requestId);
}
