package dev.concierge.requests.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.requests.lifecycle.Journey;
import dev.concierge.schemas.agents.AgentEvent;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.chat.ChatEvent;
import dev.concierge.schemas.common.Actor;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.FulfilmentStage;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.notifications.NotificationCommand;
import dev.concierge.schemas.payments.PaymentCommand;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.schemas.requests.RequestCommand;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.schemas.stores.StoreInbound;
import dev.concierge.testkit.TestInfra;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle on a real broker with exactly-once processing, read back from requests.state the
 * way the projections read it. One instance with two stream threads serves every test here.
 */
class LifecycleOnBrokerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static RequestTopics topics;
    private static KafkaStreams streams;
    private static TopicClient client;

    @BeforeAll
    static void start() throws Exception {
        topics = BrokerStreams.freshTopics("rsp-life");
        streams = BrokerStreams.start(topics, TestInfra.uniqueName("rsp-life-app"), 2);
        List<String> watched = new ArrayList<>(List.of(topics.state().name(), topics.events().name(),
                topics.paymentCommands().name(), topics.notificationCommands().name()));
        topics.inputs().forEach(t -> watched.add(t.dlqName()));
        client = new TopicClient(TestInfra.kafkaBootstrapServers(), watched);
        client.send(topics.storesEvents(), "store-1", Fixtures.cornerShop());
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (streams != null) {
            streams.close(Duration.ofSeconds(10));
        }
    }

    @Test
    void a_request_goes_from_creation_to_delivered() throws Exception {
        String id = TestInfra.uniqueName("req");
        String quoteId = untilPaid(id);

        client.send(topics.commands(), id, new RequestCommand.UpdateFulfilment(id, FulfilmentStage.OUT_FOR_DELIVERY,
                "Ravi", "+919811111111", Instant.now().plusSeconds(900), null, Journey.OPS));
        client.send(topics.commands(), id, new RequestCommand.UpdateFulfilment(id, FulfilmentStage.DELIVERED, null, null,
                null, null, Journey.OPS));
        client.send(topics.commands(), id, new RequestCommand.RateRequest(id, 5, "super quick", Journey.CUSTOMER));

        RequestSnapshot done = awaitSnapshot(id, s -> s.rating() != null);
        assertThat(done.status()).isEqualTo(RequestStatus.DELIVERED);
        assertThat(done.quote().quoteId()).isEqualTo(quoteId);
        assertThat(done.transitions()).extracting(RequestSnapshot.Transition::status).containsExactly(
                RequestStatus.NEW, RequestStatus.ENRICHING, RequestStatus.SOURCING, RequestStatus.QUOTED,
                RequestStatus.AWAITING_PAYMENT, RequestStatus.PAID, RequestStatus.FULFILLING, RequestStatus.DELIVERED);
    }

    @Test
    void a_request_cancelled_after_payment_is_refunded() throws Exception {
        String id = TestInfra.uniqueName("req");
        untilPaid(id);

        cancelAfterPayment(id);
        assertThat(client.data(topics.paymentCommands(), id)).last().isEqualTo(
                new PaymentCommand.RefundPayment(id, "pay_" + id, Money.inr(49_000),
                        "ordered twice"));
        client.send(topics.paymentEvents(), id, new PaymentEvent.RefundProcessed(id, "pay_" + id, "rfnd_" + id,
                Money.inr(49_000)));

        RequestSnapshot refunded = awaitSnapshot(id, s -> s.status() == RequestStatus.REFUNDED);
        assertThat(refunded.payment().refundId()).isEqualTo("rfnd_" + id);
    }

    @Test
    void a_refund_the_gateway_failed_waits_flagged_until_an_admin_retries_it() throws Exception {
        // given a paid request cancelled by its customer, whose refund the gateway fails
        String id = TestInfra.uniqueName("req");
        untilPaid(id);
        cancelAfterPayment(id);
        client.send(topics.paymentEvents(), id, new PaymentEvent.RefundFailed(id, "pay_" + id, null, Money.inr(49_000),
                "BAD_REQUEST_ERROR:the bank refused"));
        awaitSnapshot(id, s -> s.flags().contains("refund-failed"));

        // when an admin retries and the gateway refunds this time
        client.send(topics.commands(), id, new RequestCommand.RequestRefund(id, null, "retry",
                new Actor("adm-1", "admin")));
        awaitSnapshot(id, s -> !s.flags().contains("refund-failed"));
        client.send(topics.paymentEvents(), id, new PaymentEvent.RefundProcessed(id, "pay_" + id, "rfnd_" + id,
                Money.inr(49_000)));

        // then the payment worker was asked twice, and the request is refunded
        assertThat(client.data(topics.paymentCommands(), id)).filteredOn(PaymentCommand.RefundPayment.class::isInstance)
                .extracting(c -> ((PaymentCommand.RefundPayment) c).reason()).containsExactly("ordered twice", "retry");
        assertThat(awaitSnapshot(id, s -> s.status() == RequestStatus.REFUNDED).flags()).doesNotContain("refund-failed");
    }

    @Test
    void a_poison_record_on_each_input_topic_lands_in_its_dlq_and_the_next_record_is_processed() throws Exception {
        for (Topic<?> input : List.of(topics.commands(), topics.enrichmentResults(), topics.paymentEvents(), topics.chat(),
                topics.storesInbound(), topics.agentsEvents(), topics.events(), topics.storesEvents(), topics.state())) {
            // given
            String id = TestInfra.uniqueName("req");
            byte[] poison = ("{\"specversion\":\"1.0\",\"type\":\"concierge.nonsense.v1\",\"id\":\"" + id + "\"}")
                    .getBytes(StandardCharsets.UTF_8);

            // when a poison record, then a valid one
            client.sendRaw(input.name(), id, poison);
            client.send(topics.commands(), id, Fixtures.create(id));

            // then the poison is dead-lettered with the reason and the valid record is processed
            ConsumerRecord<String, byte[]> dead = TopicClient.await(input.dlqName() + " to receive " + id, PATIENCE,
                    () -> client.records(input.dlqName()).stream().filter(r -> id.equals(r.key())).findFirst());
            assertThat(dead.value()).isEqualTo(poison);
            assertThat(new String(dead.headers().lastHeader(DeadLetters.ERROR_MESSAGE).value(), StandardCharsets.UTF_8))
                    .contains("concierge.nonsense.v1");
            awaitSnapshot(id, s -> s.status() == RequestStatus.ENRICHING);
        }
    }

    @Test
    void a_hundred_requests_at_once_never_put_an_agent_over_capacity() throws Exception {
        // given 3 online agents of capacity 10, unique to this test
        List<String> agents = List.of(TestInfra.uniqueName("agent"), TestInfra.uniqueName("agent"),
                TestInfra.uniqueName("agent"));
        for (String agent : agents) {
            client.send(topics.agentsEvents(), agent, Fixtures.agent(agent, 10));
            client.send(topics.agentsEvents(), agent, new AgentEvent.AgentAvailabilityChanged(agent, true));
        }

        // when 100 requests are created from 4 threads at once (they spread over all 6 partitions)
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add(TestInfra.uniqueName("burst"));
        }
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<?>> sent = new ArrayList<>();
        for (String id : ids) {
            sent.add(senders.submit(() -> client.send(topics.commands(), id, Fixtures.create(id))));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        senders.shutdown();

        // then every request is either assigned or waiting, and no agent holds more than 10
        Map<String, RequestSnapshot> settled = TopicClient.await("100 requests to be assigned or queued", PATIENCE, () -> {
            Map<String, RequestSnapshot> latest = client.latestSnapshots(topics.state());
            boolean all = ids.stream().allMatch(id -> latest.containsKey(id) && (latest.get(id).agentId() != null
                    || latest.get(id).flags().contains("waiting-for-agent")));
            return all ? Optional.of(latest) : Optional.empty();
        });
        Map<String, Integer> perAgent = new HashMap<>();
        ids.forEach(id -> {
            String agent = settled.get(id).agentId();
            if (agent != null) {
                perAgent.merge(agent, 1, Integer::sum);
            }
        });
        assertThat(perAgent.keySet()).containsExactlyInAnyOrderElementsOf(agents);
        assertThat(perAgent.values()).containsOnly(10);
    }

    @Test
    void a_resent_payment_link_reaches_the_customer_once_per_command_even_when_the_command_is_redelivered()
            throws Exception {
        // given a request waiting for payment on its issued link
        String id = TestInfra.uniqueName("req");
        untilLinkIssued(id);

        // when an agent resends the link and the command is delivered twice, then a second agent resends it
        Actor agent = new Actor("agt-1", "agent");
        client.send(topics.commands(), id, new RequestCommand.ResendPaymentLink(id, agent), "resend-a-" + id);
        client.send(topics.commands(), id, new RequestCommand.ResendPaymentLink(id, agent), "resend-a-" + id);
        client.send(topics.commands(), id, new RequestCommand.ResendPaymentLink(id, agent), "resend-b-" + id);

        // then two facts, and the customer is sent the same link three times in all (issued, resent, resent)
        List<Object> resent = TopicClient.await("two PaymentLinkResent facts", PATIENCE, () -> Optional.of(
                client.data(topics.events(), id).stream().filter(RequestEvent.PaymentLinkResent.class::isInstance)
                        .toList()).filter(facts -> facts.size() == 2));
        assertThat(resent).extracting(f -> ((RequestEvent.PaymentLinkResent) f).commandEventId())
                .containsExactly("resend-a-" + id, "resend-b-" + id);
        List<NotificationCommand.Notify> links = client.data(topics.notificationCommands(), "customer-1").stream()
                .map(NotificationCommand.Notify.class::cast)
                .filter(n -> n.templateId().equals("request.payment-link") && id.equals(n.variables().get("requestId")))
                .toList();
        assertThat(links).hasSize(3).extracting(n -> n.variables().get("url"))
                .containsOnly("http://127.0.0.1:8084/pay/plink_" + id);
        assertThat(links).extracting(NotificationCommand.Notify::idempotencyKey).doesNotHaveDuplicates();
        assertThat(client.data(topics.events(), id)).noneMatch(RequestEvent.CommandRejected.class::isInstance);

        // the request is closed again, so it does not wait in the queue for the agents of other tests
        client.send(topics.commands(), id, new RequestCommand.CancelRequest(id, "test over", Journey.CUSTOMER));
        awaitSnapshot(id, s -> s.status() == RequestStatus.CANCELLED);
    }

    /** Drives a new request to AWAITING_PAYMENT with its link issued; returns the accepted quote id. */
    private static String untilLinkIssued(String id) throws InterruptedException {
        client.send(topics.commands(), id, Fixtures.create(id));
        awaitSnapshot(id, s -> s.status() == RequestStatus.ENRICHING);
        client.send(topics.enrichmentResults(), id, Fixtures.understood(id));
        awaitSnapshot(id, s -> !s.outreach().isEmpty());
        client.send(topics.chat(), id, new ChatEvent.ChatMessagePosted("m-" + id, id, Author.AGENT, "agent-x",
                "Asking shops now", List.of(), Instant.now()));
        // the shop's WhatsApp reply quotes the request's code, as the outreach message asked
        String code = awaitSnapshot(id, s -> !s.outreach().isEmpty()).outreach().get(0).replyCode();
        TopicClient.await("the outreach history to reach the global store", PATIENCE, () -> {
            client.send(topics.storesInbound(), "store-1", new StoreInbound.StoreMessageReceived("store-1", "+919000000001",
                    code + " haan hai 450 ka", List.of(), "wamid-" + id));
            try {
                return Optional.of(awaitSnapshot(id, s -> !s.storeQuotes().isEmpty(), Duration.ofSeconds(5)));
            } catch (AssertionError | InterruptedException notYet) {
                return Optional.empty();
            }
        });
        client.send(topics.commands(), id, new RequestCommand.SendQuote(id, "store-1", Money.inr(45_000), Money.inr(4_000),
                null, null, Journey.OPS));
        String quoteId = awaitSnapshot(id, s -> s.status() == RequestStatus.QUOTED).quote().quoteId();
        client.send(topics.commands(), id, new RequestCommand.AcceptQuote(id, quoteId, Journey.CUSTOMER));
        awaitSnapshot(id, s -> s.status() == RequestStatus.AWAITING_PAYMENT);
        client.send(topics.paymentEvents(), id, new PaymentEvent.PaymentLinkCreated(id, quoteId, "plink_" + id,
                "http://127.0.0.1:8084/pay/plink_" + id, Money.inr(49_000), null));
        awaitSnapshot(id, s -> s.paymentLink() != null);
        return quoteId;
    }

    /** Drives a new request to PAID through every worker's topic; returns the accepted quote id. */
    private static String untilPaid(String id) throws InterruptedException {
        String quoteId = untilLinkIssued(id);
        client.send(topics.paymentEvents(), id, new PaymentEvent.PaymentCaptured(id, "plink_" + id, "pay_" + id,
                Money.inr(49_000), "upi", Instant.now()));
        awaitSnapshot(id, s -> s.status() == RequestStatus.PAID);
        return quoteId;
    }

    /** The customer cancels a paid request: a refund of the whole payment is under way. */
    private static void cancelAfterPayment(String id) throws InterruptedException {
        client.send(topics.commands(), id, new RequestCommand.CancelRequest(id, "ordered twice", Journey.CUSTOMER));
        awaitSnapshot(id, s -> s.status() == RequestStatus.REFUND_PENDING);
    }

    private static RequestSnapshot awaitSnapshot(String id, Predicate<RequestSnapshot> condition)
            throws InterruptedException {
        return awaitSnapshot(id, condition, PATIENCE);
    }

    private static RequestSnapshot awaitSnapshot(String id, Predicate<RequestSnapshot> condition,
            Duration patience) throws InterruptedException {
        return TopicClient.await("a snapshot of " + id + " that fits", patience, () -> {
            List<Object> snapshots = client.data(topics.state(), id);
            return snapshots.isEmpty() ? Optional.empty()
                    : Optional.of((RequestSnapshot) snapshots.get(snapshots.size() - 1)).filter(condition);
        });
    }
}
