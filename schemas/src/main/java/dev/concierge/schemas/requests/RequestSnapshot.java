package dev.concierge.schemas.requests;

import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.FulfilmentStage;
import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.envelope.EventType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The value of the compacted {@code requests.state} topic: the latest full picture of one request.
 * {@code version} grows by one with every change, so readers can ignore stale snapshots.
 */
@EventType("concierge.request.state.v1")
public record RequestSnapshot(
        String requestId,
        long version,
        RequestStatus status,
        String customerId,
        @Nullable String text,
        List<String> mediaIds,
        Address deliveryAddress,
        @Nullable String categoryHint,
        @Nullable String agentId,
        @Nullable Enrichment enrichment,
        List<String> openQuestions,
        List<Outreach> outreach,
        List<StoreQuote> storeQuotes,
        @Nullable Quote quote,
        @Nullable PaymentLink paymentLink,
        @Nullable Payment payment,
        @Nullable Fulfilment fulfilment,
        @Nullable Rating rating,
        List<String> flags,
        List<Transition> transitions,
        Instant createdAt,
        Instant updatedAt,
        @Nullable List<RunningDeadline> deadlines) {

    public RequestSnapshot {
        mediaIds = Immutable.list(mediaIds);
        openQuestions = Immutable.list(openQuestions);
        outreach = Immutable.list(outreach);
        storeQuotes = Immutable.list(storeQuotes);
        flags = Immutable.list(flags);
        transitions = Immutable.list(transitions);
        deadlines = deadlines == null ? List.of() : Immutable.list(deadlines);
    }

    /** The shape before the running deadlines were carried. */
    public RequestSnapshot(String requestId, long version, RequestStatus status, String customerId, String text,
            List<String> mediaIds, Address deliveryAddress, String categoryHint, String agentId, Enrichment enrichment,
            List<String> openQuestions, List<Outreach> outreach, List<StoreQuote> storeQuotes, Quote quote,
            PaymentLink paymentLink, Payment payment, Fulfilment fulfilment, Rating rating, List<String> flags,
            List<Transition> transitions, Instant createdAt, Instant updatedAt) {
        this(requestId, version, status, customerId, text, mediaIds, deliveryAddress, categoryHint, agentId, enrichment,
                openQuestions, outreach, storeQuotes, quote, paymentLink, payment, fulfilment, rating, flags, transitions,
                createdAt, updatedAt, null);
    }

    /** The same snapshot with the timers running for it. */
    public RequestSnapshot withDeadlines(List<RunningDeadline> running) {
        return new RequestSnapshot(requestId, version, status, customerId, text, mediaIds, deliveryAddress, categoryHint,
                agentId, enrichment, openQuestions, outreach, storeQuotes, quote, paymentLink, payment, fulfilment, rating,
                flags, transitions, createdAt, updatedAt, running);
    }

    /**
     * A timer running for the request, soonest first in {@code deadlines}: {@code kind} is the
     * processor's name for it (FIRST_AGENT_REPLY, ENRICHMENT, INFO_REMINDER, INFO_HANDOVER, QUOTE,
     * OUTREACH_WINDOW, QUOTE_EXPIRY, PAYMENT, DELIVERY, REFUND), {@code sla} the published promise it
     * watches (absent for limits and expiries that change the state instead), {@code dueAt} when it
     * fires. An inbox shows countdowns from it without knowing the processor's configuration.
     */
    public record RunningDeadline(String kind, @Nullable Sla sla, Instant dueAt) {
    }

    public record Enrichment(String category, @Nullable String summary, Map<String, String> specs,
            @Nullable Money priceHint, @Nullable AnalysisDetails details) {

        public Enrichment {
            specs = Immutable.map(specs);
        }

        /** The shape before the analysis's details were carried. */
        public Enrichment(String category, String summary, Map<String, String> specs, Money priceHint) {
            this(category, summary, specs, priceHint, null);
        }
    }

    public record Outreach(String storeId, String replyCode, int round, Instant contactedAt) {
    }

    public record StoreQuote(String storeId, boolean available, @Nullable Money price, @Nullable String rawText,
            Instant receivedAt) {
    }

    public record Quote(String quoteId, String storeId, Money itemPrice, Money deliveryFee, Money total,
            @Nullable Instant expiresAt, boolean accepted) {
    }

    public record PaymentLink(String linkId, String url, Money amount, @Nullable Instant expiresAt) {
    }

    public record Payment(String paymentId, Money amount, Instant capturedAt, @Nullable String refundId) {
    }

    public record Fulfilment(FulfilmentStage stage, @Nullable String riderName, @Nullable String riderPhone,
            @Nullable Instant eta, Instant updatedAt) {
    }

    public record Rating(int stars, @Nullable String comment) {
    }

    public record Transition(RequestStatus status, Instant at) {
    }
}
