package dev.concierge.projections.requests.application;

import dev.concierge.projections.requests.domain.ChatMessage;
import dev.concierge.projections.requests.domain.ReadReceipt;
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
    private final ReadReceipts receipts;
    private final LiveChanges live;

    public RequestProjection(RequestReadModel readModel, RequestQueries queries, ReadReceipts receipts,
            LiveChanges live) {
        this.readModel = readModel;
        this.queries = queries;
        this.receipts = receipts;
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
        // also for a redelivery: receipts that came first are applied even if a crash cut the first attempt short
        receipts.messageArrived(message);
        if (changed) {
            live.messagePosted(queries.message(eventId).orElse(message), ownerOf(posted.requestId()), recordTime);
        }
        return changed;
    }

    public boolean read(ReadReceipt receipt, Instant recordTime) {
        boolean changed = receipts.record(receipt);
        if (changed) {
            live.messagesRead(receipt, ownerOf(receipt.requestId()), recordTime);
        }
        return changed;
    }

    private String ownerOf(String requestId) {
        return queries.byId(requestId).map(StoredRequest::snapshot).map(RequestSnapshot::customerId).orElse(null);
    }
}
