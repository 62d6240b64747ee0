package dev.concierge.schemas.requests;

import dev.concierge.schemas.common.Actor;
import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.Description;
import dev.concierge.schemas.common.FulfilmentStage;
import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.envelope.EventType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Values of {@code requests.events}, keyed by request id: the facts of a request's life, in order. */
public sealed interface RequestEvent {

    String requestId();

    @EventType("concierge.request.created.v1")
    record RequestCreated(
            String requestId,
            String customerId,
            @Nullable String text,
            List<String> mediaIds,
            Address deliveryAddress,
            @Nullable String categoryHint) implements RequestEvent {

        public RequestCreated {
            mediaIds = Immutable.list(mediaIds);
        }
    }

    @EventType("concierge.request.enrichment-requested.v1")
    record EnrichmentRequested(String requestId, int attempt) implements RequestEvent {
    }

    /** The AI understood the request well enough to source it. */
    @EventType("concierge.request.enriched.v1")
    record RequestEnriched(
            String requestId,
            String category,
            @Nullable String summary,
            Map<String, String> specs,
            @Nullable Money priceHint,
            boolean flaggedForAgent,
            @Nullable @Description("What else the analysis found; absent when the request went on without one.")
            AnalysisDetails details) implements RequestEvent {

        public RequestEnriched {
            specs = Immutable.map(specs);
        }

        /** The shape before the analysis's details were carried. */
        public RequestEnriched(String requestId, String category, String summary, Map<String, String> specs,
                Money priceHint, boolean flaggedForAgent) {
            this(requestId, category, summary, specs, priceHint, flaggedForAgent, null);
        }
    }

    @EventType("concierge.request.clarification-requested.v1")
    record ClarificationRequested(
            String requestId,
            List<String> questions,
            @Nullable @Description("The category the analysis that asked named; absent in facts written before it was carried.")
            String category,
            @Nullable String summary,
            @Description("What that analysis already understood (attribute id to value).")
            Map<String, String> specs,
            @Nullable @Description("What else that analysis found (photo text, barcodes, price estimate …).")
            AnalysisDetails details) implements RequestEvent {

        public ClarificationRequested {
            questions = Immutable.list(questions);
            specs = specs == null ? Map.of() : Immutable.map(specs);
        }

        /** The shape before the asking analysis's understanding was carried. */
        public ClarificationRequested(String requestId, List<String> questions) {
            this(requestId, questions, null, null, Map.of(), null);
        }
    }

    @EventType("concierge.request.agent-assigned.v1")
    record AgentAssigned(String requestId, String agentId, @Nullable String previousAgentId, boolean manual)
            implements RequestEvent {
    }

    /** No online agent could take the request; it waits in the queue until one can. */
    @EventType("concierge.request.assignment-queued.v1")
    record AssignmentQueued(String requestId, String reason) implements RequestEvent {
    }

    /**
     * Stores were asked on WhatsApp whether they have the item. {@code message} is the text they were
     * sent (optional: absent on facts written before it was carried), so the request's history keeps
     * it after {@code outreach.commands} has expired.
     */
    @EventType("concierge.request.store-outreach-requested.v1")
    record StoreOutreachRequested(String requestId, List<String> storeIds, String replyCode, int round,
            @Nullable String message) implements RequestEvent {

        public StoreOutreachRequested {
            storeIds = Immutable.list(storeIds);
        }

        /** The shape before the message was carried. */
        public StoreOutreachRequested(String requestId, List<String> storeIds, String replyCode, int round) {
            this(requestId, storeIds, replyCode, round, null);
        }
    }

    @EventType("concierge.request.store-quote-received.v1")
    record StoreQuoteReceived(
            String requestId,
            String storeId,
            boolean available,
            @Nullable Money price,
            @Nullable String rawText) implements RequestEvent {
    }

    /** {@code description} is the agent's text for the customer (optional: absent before it was carried). */
    @EventType("concierge.request.quote-sent.v1")
    record QuoteSent(
            String requestId,
            String quoteId,
            String storeId,
            Money itemPrice,
            Money deliveryFee,
            Money total,
            @Nullable Instant expiresAt,
            @Nullable String description) implements RequestEvent {

        /** The shape before the description was carried. */
        public QuoteSent(String requestId, String quoteId, String storeId, Money itemPrice, Money deliveryFee,
                Money total, Instant expiresAt) {
            this(requestId, quoteId, storeId, itemPrice, deliveryFee, total, expiresAt, null);
        }
    }

    @EventType("concierge.request.quote-expired.v1")
    record QuoteExpired(String requestId, String quoteId) implements RequestEvent {
    }

    @EventType("concierge.request.quote-accepted.v1")
    record QuoteAccepted(String requestId, String quoteId, Money total) implements RequestEvent {
    }

    @EventType("concierge.request.payment-link-requested.v1")
    record PaymentLinkRequested(String requestId, String quoteId, Money amount) implements RequestEvent {
    }

    @EventType("concierge.request.payment-link-issued.v1")
    record PaymentLinkIssued(String requestId, String linkId, String url, Money amount, @Nullable Instant expiresAt)
            implements RequestEvent {
    }

    /**
     * The customer was sent the live link {@code linkId} again at {@code resentBy}'s request.
     * {@code commandEventId} is the ResendPaymentLink command's event id: the notification's
     * idempotency key derives from it, so one command is one message however often it is redelivered.
     */
    @EventType("concierge.request.payment-link-resent.v1")
    record PaymentLinkResent(String requestId, String linkId, String url, String commandEventId, Actor resentBy)
            implements RequestEvent {
    }

    @EventType("concierge.request.payment-link-expired.v1")
    record PaymentLinkExpired(String requestId, String linkId) implements RequestEvent {
    }

    @EventType("concierge.request.payment-captured.v1")
    record PaymentCaptured(String requestId, String paymentId, Money amount) implements RequestEvent {
    }

    @EventType("concierge.request.payment-failed.v1")
    record PaymentFailed(String requestId, String reason) implements RequestEvent {
    }

    /** The gateway confirmed that the request's unpaid link was cancelled (after the request was cancelled). */
    @EventType("concierge.request.payment-link-cancelled.v1")
    record PaymentLinkCancelled(String requestId, String linkId) implements RequestEvent {
    }

    /**
     * An alert, not a capture: the gateway reports a payment of {@code paid} on the request's link,
     * issued for {@code expected}. The money is at the gateway; an admin decides what happens to it.
     */
    @EventType("concierge.request.payment-amount-mismatch.v1")
    record PaymentAmountMismatch(String requestId, String linkId, String paymentId, Money expected, Money paid)
            implements RequestEvent {
    }

    /**
     * The gateway refused a payment command of this request ({@code command}: its record name, e.g.
     * CreatePaymentLink or CancelPaymentLink); {@code reason} is the gateway's own message.
     */
    @EventType("concierge.request.payment-command-rejected.v1")
    record PaymentCommandRejected(String requestId, String command, String reason) implements RequestEvent {
    }

    @EventType("concierge.request.fulfilment-updated.v1")
    record FulfilmentUpdated(
            String requestId,
            FulfilmentStage stage,
            @Nullable String riderName,
            @Nullable String riderPhone,
            @Nullable Instant eta,
            @Nullable String note) implements RequestEvent {
    }

    @EventType("concierge.request.delivered.v1")
    record Delivered(String requestId, Instant deliveredAt) implements RequestEvent {
    }

    @EventType("concierge.request.rated.v1")
    record RequestRated(String requestId, int rating, @Nullable String comment) implements RequestEvent {
    }

    @EventType("concierge.request.cancelled.v1")
    record Cancelled(String requestId, String reason, Actor cancelledBy) implements RequestEvent {
    }

    /** No store had the item. */
    @EventType("concierge.request.unavailable.v1")
    record RequestUnavailable(String requestId, String reason) implements RequestEvent {
    }

    @EventType("concierge.request.refund-requested.v1")
    record RefundRequested(String requestId, String paymentId, Money amount, String reason) implements RequestEvent {
    }

    @EventType("concierge.request.refunded.v1")
    record Refunded(String requestId, String refundId, Money amount) implements RequestEvent {
    }

    /**
     * The gateway refused or gave up on a refund of {@code amount}; the request stays REFUND_PENDING,
     * flagged, until an admin retries it with RequestRefund. {@code reason} is the gateway's message.
     */
    @EventType("concierge.request.refund-failed.v1")
    record RefundFailed(String requestId, String paymentId, Money amount, String reason) implements RequestEvent {
    }

    /** {@code sla} names the promise that was broken; {@code status} is the request's state when it was. */
    @EventType("concierge.request.sla-breached.v1")
    record SlaBreached(String requestId, Sla sla, Instant deadline, RequestStatus status) implements RequestEvent {
    }

    /** A command that is not valid in the request's current state. Never a silent drop. */
    @EventType("concierge.request.command-rejected.v1")
    record CommandRejected(
            String requestId,
            String command,
            String commandEventId,
            @Nullable RequestStatus status,
            String reason) implements RequestEvent {
    }
}
