package dev.concierge.projections.requests.application;

import dev.concierge.projections.requests.domain.ChatMessage;
import dev.concierge.projections.requests.domain.RequestDocument;
import dev.concierge.projections.requests.domain.TimelineEntry;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.requests.RequestSnapshot;

/** The write side: turns what the topics carry into read-model documents. */
public final class RequestProjection {

    private final RequestReadModel readModel;

    public RequestProjection(RequestReadModel readModel) {
        this.readModel = readModel;
    }

    public boolean snapshot(RequestSnapshot snapshot) {
        return readModel.save(RequestDocument.of(snapshot));
    }

    public boolean fact(TimelineEntry entry) {
        return readModel.append(entry);
    }

    public boolean message(String eventId, ChatMessagePosted posted) {
        return readModel.append(ChatMessage.of(eventId, posted));
    }
}
