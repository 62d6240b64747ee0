package dev.concierge.requests.lifecycle;

import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A snapshot being edited while one event is applied; lives only inside {@link Evolution}. */
final class SnapshotDraft {

    String requestId;
    long version;
    RequestStatus status;
    String customerId;
    String text;
    List<String> mediaIds;
    Address deliveryAddress;
    String categoryHint;
    String agentId;
    RequestSnapshot.Enrichment enrichment;
    List<String> openQuestions;
    List<RequestSnapshot.Outreach> outreach;
    List<RequestSnapshot.StoreQuote> storeQuotes;
    RequestSnapshot.Quote quote;
    RequestSnapshot.PaymentLink paymentLink;
    RequestSnapshot.Payment payment;
    RequestSnapshot.Fulfilment fulfilment;
    RequestSnapshot.Rating rating;
    List<String> flags;
    List<RequestSnapshot.Transition> transitions;
    Instant createdAt;
    Instant updatedAt;

    SnapshotDraft(RequestSnapshot s) {
        requestId = s.requestId();
        version = s.version();
        status = s.status();
        customerId = s.customerId();
        text = s.text();
        mediaIds = s.mediaIds();
        deliveryAddress = s.deliveryAddress();
        categoryHint = s.categoryHint();
        agentId = s.agentId();
        enrichment = s.enrichment();
        openQuestions = s.openQuestions();
        outreach = new ArrayList<>(s.outreach());
        storeQuotes = new ArrayList<>(s.storeQuotes());
        quote = s.quote();
        paymentLink = s.paymentLink();
        payment = s.payment();
        fulfilment = s.fulfilment();
        rating = s.rating();
        flags = new ArrayList<>(s.flags());
        transitions = new ArrayList<>(s.transitions());
        createdAt = s.createdAt();
        updatedAt = s.updatedAt();
    }

    /** Moves to {@code next} and records when, unless the request is already there. */
    void moveTo(RequestStatus next, Instant at) {
        if (status != next) {
            status = next;
            transitions.add(new RequestSnapshot.Transition(next, at));
        }
    }

    void flag(String flag) {
        if (!flags.contains(flag)) {
            flags.add(flag);
        }
    }

    RequestSnapshot build() {
        return new RequestSnapshot(requestId, version, status, customerId, text, List.copyOf(mediaIds), deliveryAddress,
                categoryHint, agentId, enrichment, List.copyOf(openQuestions), List.copyOf(outreach),
                List.copyOf(storeQuotes), quote, paymentLink, payment, fulfilment, rating, List.copyOf(flags),
                List.copyOf(transitions), createdAt, updatedAt);
    }
}
