package dev.concierge.projections.requests.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.concierge.projections.requests.domain.ChatMessage;
import dev.concierge.projections.requests.domain.RequestDetail;
import dev.concierge.projections.requests.domain.TimelineEntry;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.schemas.requests.RequestSnapshot.Outreach;
import dev.concierge.schemas.requests.RequestSnapshot.Quote;
import dev.concierge.schemas.requests.RequestSnapshot.StoreQuote;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /v1/requests/{id}}: the latest snapshot, every fact in order (with the
 * command's issuer where the fact names one), the conversation, and the outreach and quotes at a glance.
 * The texts stores were sent are on the timeline's StoreOutreachRequested facts. {@code erased}: the
 * customer's data was erased; the request's text and address, and the messages' texts, read as null.
 */
public record RequestDetailView(RequestSnapshot request, boolean erased, List<Fact> timeline,
        List<ChatMessage> messages, List<Outreach> outreach, Quotes quotes) {

    /** {@code erased}: the personal fields of {@code data} read as null, the customer's data was erased. */
    public record Fact(String eventId, String type, Instant time, String actorId, String actorRole,
            @JsonRawValue String data, boolean erased) {

        static Fact of(TimelineEntry entry) {
            return new Fact(entry.eventId(), entry.type(), entry.time(), entry.actorId(), entry.actorRole(),
                    entry.dataJson(), entry.erased());
        }
    }

    /** What stores answered, and the quote the customer was sent (null before one was). */
    public record Quotes(List<StoreQuote> fromStores, Quote sent) {
    }

    static RequestDetailView of(RequestDetail detail) {
        RequestSnapshot snapshot = detail.snapshot();
        return new RequestDetailView(snapshot, detail.erased(), detail.timeline().entries().stream().map(Fact::of).toList(),
                detail.messages(), snapshot.outreach(), new Quotes(snapshot.storeQuotes(), snapshot.quote()));
    }
}
