package dev.concierge.requests.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.requests.lifecycle.Journey;
import dev.concierge.requests.lifecycle.LifecyclePolicy;
import dev.concierge.requests.sourcing.ReplyCodes;
import dev.concierge.schemas.agents.AgentEvent;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.chat.ChatEvent;
import dev.concierge.schemas.common.Actor;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.FulfilmentStage;
import dev.concierge.schemas.common.GeoPoint;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.enrichment.Barcode;
import dev.concierge.schemas.enrichment.EnrichmentCommand;
import dev.concierge.schemas.enrichment.EnrichmentResult;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.notifications.NotificationCommand;
import dev.concierge.schemas.outreach.OutreachCommand;
import dev.concierge.schemas.payments.PaymentCommand;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.schemas.requests.AnalysisDetails;
import dev.concierge.schemas.requests.RequestCommand;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.Sla;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.schemas.stores.StoreEvent;
import dev.concierge.schemas.stores.StoreInbound;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestTopologyTest {

    private final TopologyHarness harness = new TopologyHarness(LifecyclePolicy.defaults(), Journey.T0);
    private final RequestTopics t = harness.topics;

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void a_request_goes_from_creation_to_delivery_and_every_worker_gets_its_command() {
        // given a shop nearby and an online agent
        harness.send(t.storesEvents(), "store-1", Fixtures.cornerShop());
        harness.send(t.agentsEvents(), "agent-1", Fixtures.agent("agent-1", 5));
        harness.send(t.agentsEvents(), "agent-1", new AgentEvent.AgentAvailabilityChanged("agent-1", true));

        // when the request is created and analysed
        harness.send(t.commands(), "req-1", Fixtures.create("req-1"));
        harness.send(t.enrichmentResults(), "req-1", Fixtures.understood("req-1"));

        // then the AI worker was asked, an agent assigned, and the shop contacted with the reply code
        assertThat(harness.data(t.enrichmentCommands())).containsExactly(new EnrichmentCommand.AnalyzeRequest("req-1", 1,
                "2 kg atta", List.of("media-1"), "groceries", List.of()));
        assertThat(harness.snapshot("req-1").agentId()).isEqualTo("agent-1");
        OutreachCommand.ContactStores contact = (OutreachCommand.ContactStores) harness.data(t.outreachCommands()).get(0);
        assertThat(contact.storeIds()).containsExactly("store-1");
        assertThat(contact.replyCode()).isEqualTo(ReplyCodes.forRequest("req-1"));

        // when the shop answers on WhatsApp without the code, the agent quotes and the customer accepts and pays
        harness.send(t.storesInbound(), "store-1", new StoreInbound.StoreMessageReceived("store-1", "+919000000001",
                "haan hai 450 ka", List.of(), "wamid-1"));
        assertThat(harness.events("req-1")).contains(new RequestEvent.StoreQuoteReceived("req-1", "store-1", true,
                Money.inr(45_000), "haan hai 450 ka"));
        harness.send(t.commands(), "req-1", new RequestCommand.SendQuote("req-1", "store-1", Money.inr(45_000),
                Money.inr(4_000), null, null, Journey.OPS));
        String quoteId = harness.snapshot("req-1").quote().quoteId();
        harness.send(t.commands(), "req-1", new RequestCommand.AcceptQuote("req-1", quoteId, Journey.CUSTOMER));
        assertThat(harness.data(t.paymentCommands())).singleElement().isEqualTo(new PaymentCommand.CreatePaymentLink(
                "req-1", quoteId, 1, Money.inr(49_000), "customer-1", null, null, "Aashirvaad atta 2 kg", null,
                Money.inr(45_000), Money.inr(4_000), "store-1"));
        harness.send(t.paymentEvents(), "req-1", new PaymentEvent.PaymentLinkCreated("req-1", quoteId, "plink_1",
                "http://127.0.0.1:8084/pay/plink_1", Money.inr(49_000), null));
        harness.send(t.paymentEvents(), "req-1", new PaymentEvent.PaymentCaptured("req-1", "plink_1", "pay_1",
                Money.inr(49_000), "upi", harness.clock.instant()));
        harness.send(t.commands(), "req-1", new RequestCommand.UpdateFulfilment("req-1", FulfilmentStage.OUT_FOR_DELIVERY,
                "Ravi", "+919811111111", null, null, Journey.OPS));
        harness.send(t.commands(), "req-1", new RequestCommand.UpdateFulfilment("req-1", FulfilmentStage.DELIVERED, null,
                null, null, null, Journey.OPS));

        // then
        RequestSnapshot delivered = harness.snapshot("req-1");
        assertThat(delivered.status()).isEqualTo(RequestStatus.DELIVERED);
        assertThat(delivered.transitions()).extracting(RequestSnapshot.Transition::status).containsExactly(
                RequestStatus.NEW, RequestStatus.ENRICHING, RequestStatus.SOURCING, RequestStatus.QUOTED,
                RequestStatus.AWAITING_PAYMENT, RequestStatus.PAID, RequestStatus.FULFILLING, RequestStatus.DELIVERED);
        assertThat(harness.data(t.notificationCommands())).map(n -> ((NotificationCommand.Notify) n).templateId())
                .contains("request.received", "agent.request-assigned", "request.quote", "request.payment-link",
                        "request.paid", "store.pack-order", "request.fulfilment", "request.delivered");
        assertThat(harness.records(t.notificationCommands().name())).anySatisfy(r -> assertThat(r.key()).isEqualTo("store-1"));
    }

    @Test
    void the_history_keeps_who_issued_each_command_what_stores_were_sent_the_quote_text_and_the_running_timers() {
        // given a request being sourced from the corner shop
        harness.send(t.storesEvents(), "store-1", Fixtures.cornerShop());
        harness.send(t.commands(), "req-1", Fixtures.create("req-1"));
        harness.send(t.enrichmentResults(), "req-1", Fixtures.understood("req-1"));

        // when an agent quotes with a description and the customer tries to accept a quote that does not exist
        Actor agent = new Actor("agent-7", "agent");
        harness.send(t.commands(), "req-1", new RequestCommand.SendQuote("req-1", "store-1", Money.inr(45_000),
                Money.inr(4_000), "Aashirvaad atta 2 kg, sealed pack", null, agent));
        harness.send(t.commands(), "req-1", new RequestCommand.AcceptQuote("req-1", "quo_none", Journey.CUSTOMER));

        // then the outreach fact keeps the text the stores got, the quote its description
        String sentToStores = ((OutreachCommand.ContactStores) harness.data(t.outreachCommands()).get(0)).message();
        assertThat(harness.events("req-1")).anySatisfy(e -> assertThat(e).isEqualTo(new RequestEvent
                .StoreOutreachRequested("req-1", List.of("store-1"), ReplyCodes.forRequest("req-1"), 1, sentToStores)));
        assertThat(harness.events("req-1")).filteredOn(RequestEvent.QuoteSent.class::isInstance).singleElement()
                .extracting(e -> ((RequestEvent.QuoteSent) e).description()).isEqualTo("Aashirvaad atta 2 kg, sealed pack");
        // and each fact names who issued the command that caused it; facts of no command name nobody
        List<CloudEvent<?>> facts = harness.envelopes(t.events()).stream().<CloudEvent<?>>map(Map.Entry::getValue).toList();
        assertThat(facts).filteredOn(e -> e.data() instanceof RequestEvent.QuoteSent).singleElement()
                .satisfies(e -> assertThat(List.of(e.actorid(), e.actorrole())).containsExactly("agent-7", "agent"));
        assertThat(facts).filteredOn(e -> e.data() instanceof RequestEvent.CommandRejected).singleElement()
                .satisfies(e -> assertThat(List.of(e.actorid(), e.actorrole())).containsExactly("customer-1", "customer"));
        assertThat(facts).filteredOn(e -> e.data() instanceof RequestEvent.RequestEnriched).singleElement()
                .satisfies(e -> assertThat(e.actorid()).isNull());
        // and the snapshot shows the timers running, soonest first: the quote expires, the first reply is due
        RequestSnapshot quoted = harness.snapshot("req-1");
        assertThat(quoted.deadlines()).extracting(RequestSnapshot.RunningDeadline::kind).contains("QUOTE_EXPIRY");
        assertThat(quoted.deadlines()).extracting(RequestSnapshot.RunningDeadline::dueAt).isSorted();
        assertThat(quoted.deadlines()).filteredOn(d -> d.kind().equals("QUOTE_EXPIRY")).singleElement()
                .satisfies(d -> {
                    assertThat(d.sla()).isNull();
                    assertThat(d.dueAt()).isEqualTo(quoted.quote().expiresAt());
                });
        assertThat(quoted.deadlines()).filteredOn(d -> d.sla() != null)
                .allSatisfy(d -> assertThat(d.kind()).isEqualTo(d.sla().name()));
    }

    @Test
    void a_snapshot_follows_every_change_with_a_growing_version() {
        harness.send(t.commands(), "req-1", Fixtures.create("req-1"));
        harness.send(t.commands(), "req-1", new RequestCommand.CancelRequest("req-1", "by mistake", Journey.CUSTOMER));

        List<Long> versions = harness.data(t.state(), "req-1").stream()
                .map(s -> ((RequestSnapshot) s).version()).toList();

        assertThat(versions).containsExactly(1L, 2L, 3L);
    }

    @Test
    void an_invalid_command_is_answered_with_command_rejected() {
        // given
        String commandId = harness.send(t.commands(), "req-9", new RequestCommand.AcceptQuote("req-9", "quo_1",
                Journey.CUSTOMER));

        // then
        assertThat(harness.events("req-9")).containsExactly(new RequestEvent.CommandRejected("req-9", "AcceptQuote",
                commandId, null, "there is no request req-9 yet, so AcceptQuote cannot apply"));
    }

    @Test
    void what_the_analysis_found_beyond_the_category_reaches_the_request_fact_and_the_snapshot() {
        harness.send(t.commands(), "req-1", Fixtures.create("req-1"));
        EnrichmentResult.EnrichmentCompleted found = new EnrichmentResult.EnrichmentCompleted("req-1", 1, "dairy",
                "Amul butter 500 g", Map.of("weight", "500 g"), List.of(), null, 0.92, "local-text", "butter-ghee",
                "Amul", "Amul Butter", List.of("quantity"), List.of("local-text", "local-ocr", "local-barcode"), true,
                "AMUL BUTTER 500g", List.of(new Barcode("EAN_13", "8901262150026")), List.of("photo 2: not an image"));

        harness.send(t.enrichmentResults(), "req-1", found);

        AnalysisDetails expected = new AnalysisDetails("butter-ghee", "Amul", "Amul Butter", List.of("quantity"),
                "AMUL BUTTER 500g", List.of(new Barcode("EAN_13", "8901262150026")),
                List.of("local-text", "local-ocr", "local-barcode"), true, List.of("photo 2: not an image"), 0.92);
        assertThat(harness.events("req-1")).filteredOn(RequestEvent.RequestEnriched.class::isInstance)
                .extracting(e -> ((RequestEvent.RequestEnriched) e).details()).containsExactly(expected);
        assertThat(harness.snapshot("req-1").enrichment().details()).isEqualTo(expected);
    }

    @Test
    void open_questions_are_posted_to_the_chat_as_the_bot_and_the_answer_restarts_analysis() {
        harness.send(t.commands(), "req-1", Fixtures.create("req-1"));
        harness.send(t.enrichmentResults(), "req-1", new EnrichmentResult.EnrichmentCompleted("req-1", 1, "groceries", null, Map.of(), List.of("Which brand?"), null, 0.4,
                "local"));

        ChatEvent.ChatMessagePosted bot = (ChatEvent.ChatMessagePosted) harness.data(t.chat()).get(0);
        assertThat(bot.author()).isEqualTo(Author.BOT);
        assertThat(bot.text()).isEqualTo("Which brand?");

        harness.send(t.chat(), "req-1", new ChatEvent.ChatMessagePosted("m-2", "req-1", Author.CUSTOMER, "customer-1",
                "Aashirvaad", List.of(), harness.clock.instant()));

        assertThat(harness.data(t.enrichmentCommands())).last().isEqualTo(new EnrichmentCommand.AnalyzeRequest("req-1", 2,
                "2 kg atta", List.of("media-1"), "groceries", List.of("Aashirvaad"), List.of("Which brand?")));
        assertThat(harness.snapshot("req-1").status()).isEqualTo(RequestStatus.ENRICHING);
    }

    @Test
    void a_store_message_quoting_a_reply_code_finds_its_request_among_several() {
        // given one shop contacted for two requests
        harness.send(t.storesEvents(), "store-1", Fixtures.cornerShop());
        for (String id : List.of("req-a", "req-b")) {
            harness.send(t.commands(), id, Fixtures.create(id));
            harness.send(t.enrichmentResults(), id, Fixtures.understood(id));
        }

        // when the shopkeeper answers for the second one, quoting its code
        harness.send(t.storesInbound(), "store-1", new StoreInbound.StoreMessageReceived("store-1", "+9190", 
                ReplyCodes.forRequest("req-b") + " yes 520", List.of(), "wamid-2"));
        // and writes something without a code
        harness.send(t.storesInbound(), "store-1", new StoreInbound.StoreMessageReceived("store-1", "+9190", "YES",
                List.of(), "wamid-3"));

        // then the coded reply is a quote on req-b only; the ambiguous one goes to an admin
        assertThat(harness.events("req-b")).contains(new RequestEvent.StoreQuoteReceived("req-b", "store-1", true,
                Money.inr(52_000), ReplyCodes.forRequest("req-b") + " yes 520"));
        assertThat(harness.events("req-a")).noneMatch(RequestEvent.StoreQuoteReceived.class::isInstance);
        assertThat(harness.records(t.notificationCommands().name())).filteredOn(r -> r.key().equals("admins"))
                .singleElement().satisfies(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                        .contains("admin.store-message-unmatched").contains("req-a").contains("req-b"));
    }

    @Test
    void stores_are_chosen_by_category_distance_and_open_hours_from_the_directory() {
        // given
        harness.send(t.storesEvents(), "near", Fixtures.store("near", new GeoPoint(12.9400,
                77.6245), "groceries"));
        harness.send(t.storesEvents(), "pharmacy", Fixtures.store("pharmacy", new GeoPoint(
                12.9360, 77.6245), "medicines"));
        harness.send(t.storesEvents(), "far", Fixtures.store("far", new GeoPoint(13.2000,
                77.6245), "groceries"));
        harness.send(t.storesEvents(), "paused", Fixtures.store("paused", new GeoPoint(
                12.9380, 77.6245), "groceries"));
        harness.send(t.storesEvents(), "paused", new StoreEvent.StoreAvailabilityChanged(
                "paused", false, "holiday"));

        // when
        harness.send(t.commands(), "req-1", Fixtures.create("req-1"));
        harness.send(t.enrichmentResults(), "req-1", Fixtures.understood("req-1"));

        // then
        assertThat(harness.data(t.outreachCommands())).singleElement()
                .satisfies(c -> assertThat(((OutreachCommand.ContactStores) c).storeIds()).containsExactly("near"));
    }

    @Test
    void when_no_store_says_yes_in_time_the_search_widens_and_then_the_customer_is_told() {
        // given one shop 4 km away: outside round 1 (3 km), inside round 2 (6 km)
        harness.send(t.storesEvents(), "store-4km", Fixtures.store("store-4km",
                new GeoPoint(12.9352 + 4 / 111.2, 77.6245), "groceries"));
        harness.send(t.commands(), "req-1", Fixtures.create("req-1"));
        harness.send(t.enrichmentResults(), "req-1", Fixtures.understood("req-1"));
        assertThat(harness.events("req-1")).filteredOn(RequestEvent.StoreOutreachRequested.class::isInstance)
                .singleElement().satisfies(e -> assertThat(((RequestEvent.StoreOutreachRequested) e).round()).isEqualTo(2));

        // when the outreach window passes without a reply
        harness.advance(Duration.ofMinutes(10).plusSeconds(2));

        // then no store is left: unavailable, and the customer hears it
        assertThat(harness.snapshot("req-1").status()).isEqualTo(RequestStatus.UNAVAILABLE);
        assertThat(harness.data(t.notificationCommands())).map(n -> ((NotificationCommand.Notify) n).templateId())
                .contains("request.unavailable");
    }

    @Test
    void an_unanswered_request_breaches_its_first_reply_sla_and_moves_to_another_agent() {
        // given analysis that may take ten minutes, two agents online; req-1 goes to agent-a
        LifecyclePolicy.Limits d = LifecyclePolicy.Limits.defaults();
        try (TopologyHarness slow = new TopologyHarness(LifecyclePolicy.defaults().withLimits(new LifecyclePolicy.Limits(
                Duration.ofMinutes(10), d.infoReminder(), d.infoHandover(), d.deliverySla(), d.refundSla())), Journey.T0)) {
            for (String agent : List.of("agent-a", "agent-b")) {
                slow.send(t.agentsEvents(), agent, Fixtures.agent(agent, 5));
                slow.send(t.agentsEvents(), agent, new AgentEvent.AgentAvailabilityChanged(agent, true));
            }
            slow.send(t.commands(), "req-1", Fixtures.create("req-1"));
            assertThat(slow.snapshot("req-1").agentId()).isEqualTo("agent-a");

            // when five minutes pass without an agent's word
            slow.advance(Duration.ofMinutes(5).plusSeconds(2));

            // then
            assertThat(slow.events("req-1")).contains(new RequestEvent.SlaBreached("req-1", Sla.FIRST_AGENT_REPLY,
                    Journey.T0.plus(Duration.ofMinutes(5)), RequestStatus.ENRICHING));
            assertThat(slow.snapshot("req-1").agentId()).isEqualTo("agent-b");
        }
    }

    @Test
    void an_agent_who_answers_in_time_keeps_the_request_and_no_sla_is_breached() {
        harness.send(t.commands(), "req-1", Fixtures.create("req-1"));
        harness.send(t.chat(), "req-1", new ChatEvent.ChatMessagePosted("m-1", "req-1", Author.AGENT, "agent-a",
                "Looking for it now!", List.of(), harness.clock.instant()));

        harness.advance(Duration.ofMinutes(6));

        assertThat(harness.events("req-1")).noneMatch(RequestEvent.SlaBreached.class::isInstance);
    }

    @Test
    void a_read_receipt_on_chat_messages_changes_nothing_and_is_not_dead_lettered() {
        harness.send(t.commands(), "req-1", Fixtures.create("req-1"));
        int eventsBefore = harness.events("req-1").size();

        harness.send(t.chat(), "req-1", new ChatEvent.MessagesRead("req-1", Author.CUSTOMER, "customer-1", "m-1",
                harness.clock.instant()));

        assertThat(harness.events("req-1")).hasSize(eventsBefore);
        assertThat(harness.records(t.chat().dlqName())).isEmpty();
    }

    @Test
    void a_hundred_simultaneous_requests_never_put_an_agent_over_capacity() {
        // given 3 online agents of capacity 10
        for (String agent : List.of("a", "b", "c")) {
            harness.send(t.agentsEvents(), agent, Fixtures.agent(agent, 10));
            harness.send(t.agentsEvents(), agent, new AgentEvent.AgentAvailabilityChanged(agent, true));
        }

        // when 100 requests arrive
        for (int i = 0; i < 100; i++) {
            harness.send(t.commands(), "req-" + i, Fixtures.create("req-" + i));
        }

        // then 30 are assigned, 10 each, and 70 queued
        Map<String, Long> perAgent = new HashMap<>();
        int queued = 0;
        Map<String, RequestSnapshot> snapshots = harness.latestSnapshots();
        for (int i = 0; i < 100; i++) {
            RequestSnapshot s = snapshots.get("req-" + i);
            if (s.agentId() != null) {
                perAgent.merge(s.agentId(), 1L, Long::sum);
            } else if (s.flags().contains("waiting-for-agent")) {
                queued++;
            }
        }
        assertThat(perAgent).containsOnly(Map.entry("a", 10L), Map.entry("b", 10L),
                Map.entry("c", 10L));
        assertThat(queued).isEqualTo(70);
    }

    @Test
    void cancelling_a_paid_request_refunds_it() {
        // given a paid request
        harness.send(t.storesEvents(), "store-1", Fixtures.cornerShop());
        harness.send(t.commands(), "req-1", Fixtures.create("req-1"));
        harness.send(t.enrichmentResults(), "req-1", Fixtures.understood("req-1"));
        harness.send(t.commands(), "req-1", new RequestCommand.SendQuote("req-1", "store-1", Money.inr(45_000),
                Money.inr(4_000), null, null, Journey.OPS));
        String quoteId = harness.snapshot("req-1").quote().quoteId();
        harness.send(t.commands(), "req-1", new RequestCommand.AcceptQuote("req-1", quoteId, Journey.CUSTOMER));
        harness.send(t.paymentEvents(), "req-1", new PaymentEvent.PaymentCaptured("req-1", "plink_1", "pay_1",
                Money.inr(49_000), "upi", Instant.now()));

        // when
        harness.send(t.commands(), "req-1", new RequestCommand.CancelRequest("req-1", "ordered twice", Journey.CUSTOMER));
        harness.send(t.paymentEvents(), "req-1", new PaymentEvent.RefundProcessed("req-1", "pay_1", "rfnd_1",
                Money.inr(49_000)));

        // then
        assertThat(harness.data(t.paymentCommands())).last().isEqualTo(new PaymentCommand.RefundPayment("req-1", "pay_1",
                Money.inr(49_000), "ordered twice"));
        assertThat(harness.snapshot("req-1").status()).isEqualTo(RequestStatus.REFUNDED);
        assertThat(harness.snapshot("req-1").payment().refundId()).isEqualTo("rfnd_1");
    }

    @Test
    void outgoing_records_are_cloudevents_with_the_content_type_header() {
        harness.send(t.commands(), "req-1", Fixtures.create("req-1"));

        var record = harness.records(t.events().name()).get(0);

        assertThat(TopologyHarness.header(record.headers(), "content-type")).isEqualTo("application/cloudevents+json");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"specversion\":\"1.0\"")
                .contains("\"type\":\"concierge.request.created.v1\"").contains("\"subject\":\"req-1\"");
    }

    @Test
    void a_notification_is_keyed_by_its_recipient_which_is_also_its_subject_and_names_the_request_in_its_variables() {
        // given an online agent
        harness.send(t.agentsEvents(), "agent-1", Fixtures.agent("agent-1", 5));
        harness.send(t.agentsEvents(), "agent-1", new AgentEvent.AgentAvailabilityChanged("agent-1", true));

        // when a request is created (the customer and the agent are told)
        harness.send(t.commands(), "req-1", Fixtures.create("req-1"));

        // then each Notify's key, subject and recipient agree, and the request is in the data
        var notifications = harness.envelopes(t.notificationCommands());
        assertThat(notifications).extracting(Map.Entry::getKey).contains("customer-1", "agent-1");
        assertThat(notifications).allSatisfy(keyed -> {
            NotificationCommand.Notify notify = (NotificationCommand.Notify) keyed.getValue().data();
            assertThat(keyed.getValue().subject()).isEqualTo(keyed.getKey()).isEqualTo(notify.recipient().id());
            assertThat(notify.variables()).containsEntry("requestId", "req-1");
        });
    }

    @Test
    void every_outgoing_record_has_its_key_as_its_subject() {
        harness.send(t.storesEvents(), "store-1", Fixtures.cornerShop());
        harness.send(t.commands(), "req-1", Fixtures.create("req-1"));
        harness.send(t.enrichmentResults(), "req-1", Fixtures.understood("req-1"));

        for (Topic<?> topic : List.<Topic<?>>of(t.events(), t.state(), t.enrichmentCommands(), t.outreachCommands(),
                t.notificationCommands())) {
            assertThat(harness.envelopes(topic)).as(topic.name()).isNotEmpty()
                    .allSatisfy(keyed -> assertThat(keyed.getValue().subject()).isEqualTo(keyed.getKey()));
        }
    }

    @Test
    void every_stream_processor_and_internal_topic_has_a_chosen_name() {
        // given the production topology
        String described = RequestTopology.build(RequestTopics.standard(), LifecyclePolicy.defaults(),
                java.time.Clock.systemUTC(), Duration.ofSeconds(1), (topic, key, value, headers) -> { })
                .describe().toString();

        // then no node, store or repartition topic carries a generated KSTREAM-… name that would shift with any edit
        assertThat(described).doesNotContain("KSTREAM-")
                .contains(RequestTopology.AGGREGATE, RequestTopology.ROSTER, RequestTopology.CORRELATOR,
                        RequestTopology.REQUESTS_STORE, RequestTopology.DEADLINES_STORE, RequestTopology.ROSTER_STORE,
                        RequestTopology.STORE_DIRECTORY, RequestTopology.OUTREACH_HISTORY);
    }
}
