package dev.concierge.projections.requests.application;

import dev.concierge.projections.requests.domain.ChatMessage;
import dev.concierge.projections.requests.domain.ReadReceipt;
import dev.concierge.projections.requests.domain.RequestDocument;
import dev.concierge.projections.requests.domain.StoredRequest;
import dev.concierge.projections.requests.domain.TimelineEntry;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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
    /**
     * Whose each request is, as the snapshots said: a request never changes customer, and every chat message and
     * receipt pushed names the owner (who may see it), which would otherwise cost a read per record. The least
     * recently used are forgotten past {@link #OWNERS_REMEMBERED}; a forgotten or unseen owner is read.
     */
    private final Map<String, String> owners = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > OWNERS_REMEMBERED;
        }
    });
    static final int OWNERS_REMEMBERED = 100_000;

    public RequestProjection(RequestReadModel readModel, RequestQueries queries, ReadReceipts receipts,
            LiveChanges live) {
        this.readModel = readModel;
        this.queries = queries;
        this.receipts = receipts;
        this.live = live;
    }

    public boolean snapshot(RequestSnapshot snapshot, Instant recordTime) {
        boolean changed = readModel.save(RequestDocument.of(snapshot));
        remember(snapshot.requestId(), snapshot.customerId());
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
        String known = owners.get(requestId);
        if (known != null) {
            return known;
        }
        // not remembered as unknown: the request's first snapshot may simply not have arrived yet
        String owner = queries.byId(requestId).map(StoredRequest::snapshot).map(RequestSnapshot::customerId).orElse(null);
        remember(requestId, owner);
        return owner;
    }

    private void remember(String requestId, String customerId) {
        if (customerId != null) {
            owners.put(requestId, customerId);
        }
    }
}
