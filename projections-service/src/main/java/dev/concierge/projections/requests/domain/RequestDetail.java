package dev.concierge.projections.requests.domain;

import dev.concierge.schemas.requests.RequestSnapshot;
import java.util.List;

/** One request as its detail page shows it: the latest snapshot, every fact in order, and the conversation. */
public record RequestDetail(RequestSnapshot snapshot, boolean erased, Timeline timeline, List<ChatMessage> messages) {

    public RequestDetail {
        messages = List.copyOf(messages);
    }
}
