package dev.concierge.requests.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.requests.lifecycle.InputKind;
import dev.concierge.requests.lifecycle.Journey;
import dev.concierge.requests.lifecycle.LifecyclePolicy;
import dev.concierge.requests.lifecycle.TransitionExpectations;
import dev.concierge.schemas.agents.AgentEvent;
import dev.concierge.schemas.chat.ChatEvent;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.FulfilmentStage;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.enrichment.EnrichmentResult;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.schemas.requests.RequestCommand;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.schemas.stores.StoreInbound;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole transition table through the real topology: for every state a request can reach
 * through its topics and every kind of input, the same expectations as the domain's table test,
 * observed only on requests.events and requests.state. (NEW is never at rest, so it is covered by
 * the domain test alone.)
 */
class TransitionTopologyTest {

    private static final String ID = "req-1";
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    static Stream<TransitionExpectations.Case> every_reachable_state_and_input() {
        return TransitionExpectations.cases().stream().filter(c -> c.from() != RequestStatus.NEW);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void every_reachable_state_and_input(TransitionExpectations.Case expected) {
        try (TopologyHarness harness = new TopologyHarness(policyFiring(expected.input()), Journey.T0)) {
            // given a request driven through its topics to the state, with a shop nearby and nobody online
            harness.send(harness.topics.storesEvents(), "store-1", Fixtures.cornerShop());
            reach(harness, expected.from());
            int eventsBefore = harness.events(ID).size();

            // when
            send(harness, expected.input());

            // then
            List<RequestEvent> newEvents = harness.events(ID).subList(eventsBefore, harness.events(ID).size());
            if (expected.rejected()) {
                assertThat(newEvents).singleElement().isInstanceOf(RequestEvent.CommandRejected.class);
            } else if (expected.ignored()) {
                assertThat(newEvents).isEmpty();
            } else {
                assertThat(newEvents).noneMatch(RequestEvent.CommandRejected.class::isInstance);
                assertThat(harness.snapshot(ID).status()).isEqualTo(expected.target());
                if (expected.target() != expected.from()) {
                    assertThat(newEvents).isNotEmpty();
                }
            }
        }
    }

    /** Every timer an hour away except the one under test, which is due a minute after it starts. */
    private static LifecyclePolicy policyFiring(InputKind input) {
        LifecyclePolicy d = LifecyclePolicy.defaults();
        return new LifecyclePolicy(
                input == InputKind.FIRST_AGENT_REPLY_DUE ? MINUTE : HOUR,
                input == InputKind.QUOTE_DUE ? MINUTE : HOUR,
                input == InputKind.PAYMENT_DUE ? MINUTE : HOUR,
                input == InputKind.OUTREACH_WINDOW_DUE ? MINUTE : HOUR,
                input == InputKind.QUOTE_EXPIRY_DUE ? MINUTE : HOUR,
                d.storesPerRound(), d.initialRadiusKm(), d.radiusGrowth(), d.maxOutreachRounds(), false,
                d.deliveryFee(), d.freeDeliveryFrom(), d.onQuoteExpiry(), d.onPaymentLinkExpiry())
                .withLimits(new LifecyclePolicy.Limits(
                        input == InputKind.ENRICHMENT_DUE ? MINUTE : HOUR,
                        input == InputKind.INFO_REMINDER_DUE ? MINUTE : HOUR,
                        input == InputKind.INFO_HANDOVER_DUE ? MINUTE : HOUR.multipliedBy(2),
                        input == InputKind.DELIVERY_DUE ? MINUTE : HOUR,
                        input == InputKind.REFUND_DUE ? MINUTE : HOUR));
    }

    private static void reach(TopologyHarness h, RequestStatus target) {
        RequestTopics t = h.topics;
        if (target == null) {
            return;
        }
        h.send(t.commands(), ID, Fixtures.create(ID));
        switch (target) {
            case ENRICHING:
                return;
            case NEEDS_INFO:
                h.send(t.enrichmentResults(), ID, new EnrichmentResult.EnrichmentCompleted(ID, 1, "groceries", null,
                        Map.of(), List.of("Which brand?"), null, 0.3, "local"));
                return;
            case CANCELLED:
                h.send(t.commands(), ID, new RequestCommand.CancelRequest(ID, "changed my mind", Journey.CUSTOMER));
                return;
            case UNAVAILABLE:
                h.send(t.enrichmentResults(), ID, new EnrichmentResult.EnrichmentCompleted(ID, 1, "jewellery", "ring",
                        Map.of(), List.of(), null, 0.9, "local"));
                return;
            default:
                break;
        }
        h.send(t.enrichmentResults(), ID, Fixtures.understood(ID));
        if (target == RequestStatus.SOURCING) {
            return;
        }
        h.send(t.commands(), ID, new RequestCommand.SendQuote(ID, "store-1", Money.inr(9_000), Money.inr(4_000), null,
                null, Journey.OPS));
        if (target == RequestStatus.QUOTED) {
            return;
        }
        h.send(t.commands(), ID, new RequestCommand.AcceptQuote(ID, h.snapshot(ID).quote().quoteId(), Journey.CUSTOMER));
        if (target == RequestStatus.AWAITING_PAYMENT) {
            return;
        }
        h.send(t.paymentEvents(), ID, new PaymentEvent.PaymentLinkCreated(ID, "q", "plink_1", "http://pay/plink_1",
                Money.inr(13_000), null));
        h.send(t.paymentEvents(), ID, new PaymentEvent.PaymentCaptured(ID, "plink_1", "pay_1", Money.inr(13_000), "upi",
                Journey.T0));
        if (target == RequestStatus.PAID) {
            return;
        }
        if (target == RequestStatus.REFUND_PENDING || target == RequestStatus.REFUNDED) {
            h.send(t.commands(), ID, new RequestCommand.CancelRequest(ID, "too late", Journey.CUSTOMER));
            if (target == RequestStatus.REFUNDED) {
                h.send(t.paymentEvents(), ID, new PaymentEvent.RefundProcessed(ID, "pay_1", "rfnd_1", Money.inr(13_000)));
            }
            return;
        }
        h.send(t.commands(), ID, new RequestCommand.UpdateFulfilment(ID, FulfilmentStage.PICKED_UP, "Ravi", null, null,
                null, Journey.OPS));
        if (target == RequestStatus.FULFILLING) {
            return;
        }
        h.send(t.commands(), ID, new RequestCommand.UpdateFulfilment(ID, FulfilmentStage.DELIVERED, null, null, null, null,
                Journey.OPS));
    }

    /** One typical record of each kind, on the topic it really arrives on. */
    private static void send(TopologyHarness h, InputKind kind) {
        RequestTopics t = h.topics;
        RequestSnapshot s = h.snapshot(ID);
        switch (kind) {
            case CREATE_REQUEST -> h.send(t.commands(), ID, Fixtures.create(ID));
            case ACCEPT_QUOTE -> h.send(t.commands(), ID, new RequestCommand.AcceptQuote(ID,
                    s != null && s.quote() != null ? s.quote().quoteId() : "quo_none", Journey.CUSTOMER));
            case CANCEL_REQUEST -> h.send(t.commands(), ID, new RequestCommand.CancelRequest(ID, "found it elsewhere",
                    Journey.CUSTOMER));
            case ASSIGN_AGENT -> h.send(t.commands(), ID, new RequestCommand.AssignAgent(ID, "agent-9", Journey.OPS));
            case RECORD_STORE_QUOTE -> h.send(t.commands(), ID, new RequestCommand.RecordStoreQuote(ID, "store-2", true,
                    Money.inr(8_500), "phone call", Journey.OPS));
            case SEND_QUOTE -> h.send(t.commands(), ID, new RequestCommand.SendQuote(ID, "store-1", Money.inr(9_000),
                    Money.inr(4_000), null, null, Journey.OPS));
            case UPDATE_FULFILMENT -> h.send(t.commands(), ID, new RequestCommand.UpdateFulfilment(ID,
                    FulfilmentStage.OUT_FOR_DELIVERY, "Ravi", null, null, null, Journey.OPS));
            case REQUEST_REFUND -> h.send(t.commands(), ID, new RequestCommand.RequestRefund(ID, null, "damaged",
                    Journey.OPS));
            case RATE_REQUEST -> h.send(t.commands(), ID, new RequestCommand.RateRequest(ID, 5, "quick", Journey.CUSTOMER));
            case RESEND_PAYMENT_LINK -> h.send(t.commands(), ID, new RequestCommand.ResendPaymentLink(ID, Journey.OPS));
            case ENRICHMENT_COMPLETED -> h.send(t.enrichmentResults(), ID, Fixtures.understood(ID));
            case ENRICHMENT_FAILED -> h.send(t.enrichmentResults(), ID, new EnrichmentResult.EnrichmentFailed(ID, 1,
                    "vision down", true));
            case CUSTOMER_MESSAGE -> h.send(t.chat(), ID, new ChatEvent.ChatMessagePosted("m-c", ID, Author.CUSTOMER,
                    "customer-1", "Aashirvaad please", List.of(), Journey.T0));
            case AGENT_MESSAGE -> h.send(t.chat(), ID, new ChatEvent.ChatMessagePosted("m-a", ID, Author.AGENT, "agent-1",
                    "On it", List.of(), Journey.T0));
            case STORE_MESSAGE -> h.send(t.storesInbound(), "store-1", new StoreInbound.StoreMessageReceived("store-1",
                    "+91", "YES 450", List.of(), "wamid-1"));
            case PAYMENT_LINK_CREATED -> h.send(t.paymentEvents(), ID, new PaymentEvent.PaymentLinkCreated(ID, "q",
                    "plink_2", "http://pay/plink_2", Money.inr(13_000), null));
            case PAYMENT_CAPTURED -> h.send(t.paymentEvents(), ID, new PaymentEvent.PaymentCaptured(ID, "plink_2", "pay_2",
                    Money.inr(13_000), "card", Journey.T0));
            case PAYMENT_FAILED -> h.send(t.paymentEvents(), ID, new PaymentEvent.PaymentFailed(ID, null, null, "declined"));
            case PAYMENT_LINK_EXPIRED -> h.send(t.paymentEvents(), ID, new PaymentEvent.PaymentLinkExpired(ID,
                    s != null && s.paymentLink() != null ? s.paymentLink().linkId() : "link-none"));
            case REFUND_PROCESSED -> h.send(t.paymentEvents(), ID, new PaymentEvent.RefundProcessed(ID, "pay_1", "rfnd_2",
                    Money.inr(13_000)));
            case PAYMENT_LINK_CANCELLED -> h.send(t.paymentEvents(), ID, new PaymentEvent.PaymentLinkCancelled(ID,
                    s != null && s.paymentLink() != null ? s.paymentLink().linkId() : "link-none"));
            case REFUND_FAILED -> h.send(t.paymentEvents(), ID, new PaymentEvent.RefundFailed(ID, "pay_1", null,
                    Money.inr(13_000), "BAD_REQUEST_ERROR:refund declined"));
            case PAYMENT_AMOUNT_MISMATCH -> h.send(t.paymentEvents(), ID, new PaymentEvent.PaymentAmountMismatch(ID,
                    "plink_2", "pay_3", Money.inr(13_000), Money.inr(1_000)));
            case PAYMENT_COMMAND_REJECTED -> h.send(t.paymentEvents(), ID, new PaymentEvent.PaymentCommandRejected(ID,
                    "CreatePaymentLink", "BAD_REQUEST_ERROR:invalid contact"));
            case AGENT_DECISION -> {
                // the request waits in the queue; an agent coming online makes the roster decide
                h.send(t.agentsEvents(), "agent-7", Fixtures.agent("agent-7", 5));
                h.send(t.agentsEvents(), "agent-7", new AgentEvent.AgentAvailabilityChanged("agent-7", true));
            }
            default -> h.advance(MINUTE.plus(TopologyHarness.TICK));
        }
    }
}
