package dev.concierge.projections.requests.application;

import dev.concierge.projections.requests.domain.ChatMessage;
import dev.concierge.projections.requests.domain.RequestDocument;
import dev.concierge.projections.requests.domain.StoredRequest;
import dev.concierge.projections.requests.domain.TimelineEntry;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.time.Instant;

/**
 * The write side: turns what the topics carry into read-model documents, and tells live subscribers
 * about what actually changed (a redelivered record changes nothing and is not pushed again). What is
 * pushed is what was stored, read back: an erased customer's new records are pushed erased too.
 */
public final class RequestProjection {

    private final RequestReadModel readModel;
    private final RequestQueries queries;
    private final LiveChanges live;

    public RequestProjection(RequestReadModel readModel, RequestQueries queries, LiveChanges live) {
        this.readModel = readModel;
        this.queries = queries;
        this.live = live;
    }

    public boolean snapshot(RequestSnapshot snapshot, Instant recordTime) {
        boolean changed = readModel.save(RequestDocument.of(snapshot));
        if (changed) {
            live.requestChanged(queries.byId(snapshot.requestId()).map(StoredRequest::snapshot).orElse(snapshot),
                    recordTime);
        }
        return changed;
    }

    public boolean fact(TimelineEntry entry) {
        return readModel.append(entry);
    }

    public boolean message(String eventId, ChatMessagePosted posted, Instant recordTime) {
        ChatMessage message = ChatMessage.of(eventId, posted);
        boolean changed = readModel.append(message);
        if (changed) {
            String owner = queries.byId(posted.requestId()).map(StoredRequest::snapshot)
                    .map(RequestSnapshot::customerId).orElse(null);
            live.messagePosted(queries.message(eventId).orElse(message), owner, recordTime);
        }
        return changed;
    }
}
