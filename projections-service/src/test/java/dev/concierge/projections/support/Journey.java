package dev.concierge.projections.support;

import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.chat.ChatEvent.MessagesRead;
import dev.concierge.schemas.common.Actor;
import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.schemas.requests.RequestEvent.AgentAssigned;
import dev.concierge.schemas.requests.RequestEvent.Cancelled;
import dev.concierge.schemas.requests.RequestEvent.Delivered;
import dev.concierge.schemas.requests.RequestEvent.PaymentCaptured;
import dev.concierge.schemas.requests.RequestEvent.QuoteAccepted;
import dev.concierge.schemas.requests.RequestEvent.QuoteSent;
import dev.concierge.schemas.requests.RequestEvent.RequestCreated;
import dev.concierge.schemas.requests.RequestEvent.RequestEnriched;
import dev.concierge.schemas.requests.RequestEvent.Refunded;
import dev.concierge.schemas.requests.RequestEvent.RequestRated;
import dev.concierge.schemas.requests.RequestEvent.SlaBreached;
import dev.concierge.schemas.requests.RequestEvent.StoreOutreachRequested;
import dev.concierge.schemas.requests.RequestEvent.StoreQuoteReceived;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.schemas.requests.RequestSnapshot.Enrichment;
import dev.concierge.schemas.requests.RequestSnapshot.Outreach;
import dev.concierge.schemas.requests.RequestSnapshot.Quote;
import dev.concierge.schemas.requests.RequestSnapshot.StoreQuote;
import dev.concierge.schemas.requests.RequestSnapshot.Transition;
import dev.concierge.schemas.requests.Sla;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One request's life as the topics carry it: the processor's snapshots and facts and the chat, with
 * a unique request id so tests sharing the broker and the read model never see each other's.
 */
public final class Journey {

    public static final String STORE_ID = "sto_tests";
    public static final Money ITEM = Money.inr(3_200);
    public static final Money FEE = Money.inr(2_500);
    public static final Money TOTAL = Money.inr(5_700);
    public static final Address ADDRESS = new Address("12, 4th Cross", null, "HAL 2nd Stage", "Bengaluru", "560038",
            null);

    public final String requestId = "req_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    public final String customerId;
    public final String agentId;
    public final String category;
    public final String text;
    public final Instant createdAt;
    /** The store contacted, answering and quoted from ({@link #STORE_ID} unless a test needs its own). */
    public final String storeId;
    private List<CloudEvent<RequestEvent>> facts;
    private List<CloudEvent<ChatMessagePosted>> chat;
    private List<CloudEvent<PaymentEvent>> payments;

    public Journey(String customerId, String agentId, String category, String text, Instant createdAt) {
        this(customerId, agentId, category, text, createdAt, STORE_ID);
    }

    public Journey(String customerId, String agentId, String category, String text, Instant createdAt, String storeId) {
        this.customerId = customerId;
        this.agentId = agentId;
        this.category = category;
        this.text = text;
        this.createdAt = createdAt;
        this.storeId = storeId;
    }

    public String quoteId() {
        return "quo_" + requestId;
    }

    /** The snapshot at {@code version}, in {@code status}; enriched from version 2, quoted from version 3. */
    public RequestSnapshot snapshot(long version, RequestStatus status) {
        Enrichment enrichment = version >= 2
                ? new Enrichment(category, "Summary of " + text, Map.of("brand", "Dolo"), ITEM) : null;
        List<Outreach> outreach = version >= 3 ? List.of(new Outreach(storeId, "R7QK", 1, at(30))) : List.of();
        List<StoreQuote> storeQuotes = version >= 3
                ? List.of(new StoreQuote(storeId, true, ITEM, "R7QK yes 32 rs", at(60))) : List.of();
        Quote quote = version >= 3 ? new Quote(quoteId(), storeId, ITEM, FEE, TOTAL, at(1_000), version >= 4) : null;
        return new RequestSnapshot(requestId, version, status, customerId, text, List.of(), ADDRESS, category, agentId,
                enrichment, List.of(), outreach, storeQuotes, quote, null, null, null, null, List.of(),
                List.of(new Transition(RequestStatus.NEW, createdAt), new Transition(status, at(version))),
                createdAt, at(version), List.of());
    }

    public CloudEvent<RequestSnapshot> state(long version, RequestStatus status) {
        return state(snapshot(version, status));
    }

    /** A snapshot of this request as the processor writes it (e.g. one of {@link #snapshot} with deadlines). */
    public CloudEvent<RequestSnapshot> state(RequestSnapshot snapshot) {
        return CloudEvent.of(UUID.randomUUID().toString(), "request-stream-processor", at(snapshot.version()), requestId,
                snapshot);
    }

    /**
     * The facts of a delivered request, one second apart, commands' facts naming who issued them. The
     * same envelopes (event ids) on every call, so publishing them again is a redelivery.
     */
    public List<CloudEvent<RequestEvent>> facts() {
        if (facts == null) {
            facts = makeFacts();
        }
        return facts;
    }

    private List<CloudEvent<RequestEvent>> makeFacts() {
        List<CloudEvent<RequestEvent>> facts = new ArrayList<>();
        facts.add(fact(0, new RequestCreated(requestId, customerId, text, List.of(), ADDRESS, category))
                .withActor(customerId, "customer"));
        facts.add(fact(1, new AgentAssigned(requestId, agentId, null, false)));
        facts.add(fact(2, new RequestEnriched(requestId, category, "Summary of " + text, Map.of(), ITEM, false)));
        facts.add(fact(3, new StoreOutreachRequested(requestId, List.of(storeId), "R7QK", 1, "Do you have " + text + "?")));
        facts.add(fact(4, new StoreQuoteReceived(requestId, storeId, true, ITEM, "R7QK yes 32 rs")));
        facts.add(fact(5, new QuoteSent(requestId, quoteId(), storeId, ITEM, FEE, TOTAL, at(1_000), "Dolo 650, 15 tablets"))
                .withActor(agentId, "agent"));
        facts.add(fact(6, new QuoteAccepted(requestId, quoteId(), TOTAL)).withActor(customerId, "customer"));
        facts.add(fact(7, new PaymentCaptured(requestId, "pay_" + requestId, TOTAL)));
        facts.add(fact(8, new Delivered(requestId, at(8))));
        return facts;
    }

    /** The customer's question with a photo, and the agent's answer; the same envelopes on every call. */
    public List<CloudEvent<ChatMessagePosted>> chat() {
        if (chat == null) {
            chat = makeChat();
        }
        return chat;
    }

    private List<CloudEvent<ChatMessagePosted>> makeChat() {
        return List.of(
                CloudEvent.of(UUID.randomUUID().toString(), "ingest-api", at(0), requestId,
                        new ChatMessagePosted("msg_1" + requestId, requestId, Author.CUSTOMER, customerId, text,
                                List.of(new Attachment("med_photo", null, "image/jpeg")), at(0), Channel.IN_APP)),
                CloudEvent.of(UUID.randomUUID().toString(), "ingest-api", at(2), requestId,
                        new ChatMessagePosted("msg_2" + requestId, requestId, Author.AGENT, agentId, "On it!",
                                List.of(), at(2))));
    }

    /**
     * A read receipt of the journey's conversation: {@code reader}'s side read up to {@code upToMessageId} at
     * {@code second} seconds after creation (the chat's messages are {@code "msg_1" + requestId} and
     * {@code "msg_2" + requestId}).
     */
    public CloudEvent<MessagesRead> read(Author reader, String upToMessageId, long second) {
        String readerId = reader == Author.CUSTOMER ? customerId : agentId;
        return CloudEvent.of(UUID.randomUUID().toString(), "ingest-api", at(second), requestId,
                new MessagesRead(requestId, reader, readerId, upToMessageId, at(second)));
    }

    /** A later agent message of the conversation, {@code second} seconds after creation. */
    public CloudEvent<ChatMessagePosted> agentMessage(String messageId, String text, long second) {
        return CloudEvent.of(UUID.randomUUID().toString(), "ingest-api", at(second), requestId,
                new ChatMessagePosted(messageId, requestId, Author.AGENT, agentId, text, List.of(), at(second)));
    }

    /** The first {@code count} facts of {@link #facts()}: a request whose life stopped there (same envelopes). */
    public List<CloudEvent<RequestEvent>> factsUntil(int count) {
        return facts().subList(0, count);
    }

    /** The customer cancelled, {@code second} seconds after creation. */
    public CloudEvent<RequestEvent> cancelled(long second) {
        return fact(second, new Cancelled(requestId, "changed my mind", new Actor(customerId, "customer")));
    }

    /** The paid total was refunded. */
    public CloudEvent<RequestEvent> refunded(long second) {
        return fact(second, new Refunded(requestId, "rfnd_" + requestId, TOTAL));
    }

    public CloudEvent<RequestEvent> rated(long second, int rating) {
        return fact(second, new RequestRated(requestId, rating, null));
    }

    public CloudEvent<RequestEvent> slaBreached(long second, Sla sla) {
        return fact(second, new SlaBreached(requestId, sla, at(second - 1), RequestStatus.SOURCING));
    }

    /** The payment worker's facts of this request's payment: link, capture with receipt, and its two ledger lines; the same envelopes on every call. */
    public List<CloudEvent<PaymentEvent>> paymentFacts() {
        if (payments == null) {
            payments = makePaymentFacts();
        }
        return payments;
    }

    private List<CloudEvent<PaymentEvent>> makePaymentFacts() {
        String paymentId = "pay_" + requestId;
        return List.of(
                payment(6, new PaymentEvent.PaymentLinkCreated(requestId, quoteId(), "plink_" + requestId,
                        "http://127.0.0.1:8084/pay/plink_" + requestId, TOTAL, at(900))),
                payment(7, new PaymentEvent.PaymentCaptured(requestId, "plink_" + requestId, paymentId, TOTAL, "upi",
                        at(7), "http://127.0.0.1:8084/v1/receipts/" + paymentId + "?expires=1&signature=x")),
                payment(7, new PaymentEvent.LedgerEntryRecorded(requestId, "led_" + paymentId + "_1", "gateway-clearing",
                        "customer:" + customerId, TOTAL, paymentId)),
                payment(7, new PaymentEvent.LedgerEntryRecorded(requestId, "led_" + paymentId + "_2",
                        "customer:" + customerId, "store-payable:" + STORE_ID, ITEM, paymentId)));
    }

    private CloudEvent<PaymentEvent> payment(long second, PaymentEvent event) {
        return CloudEvent.of(UUID.randomUUID().toString(), "payment-worker", at(second), requestId, event);
    }

    public Instant at(long seconds) {
        return createdAt.plusSeconds(seconds);
    }

    private CloudEvent<RequestEvent> fact(long second, RequestEvent event) {
        return CloudEvent.of(UUID.randomUUID().toString(), "request-stream-processor", at(second), requestId, event);
    }
}
