package dev.concierge.requests.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.requests.lifecycle.LifecyclePolicy;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.schemas.requests.Sla;
import dev.concierge.testkit.TestInfra;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

class TimersOnBrokerTest {

    private static final Duration FIRST_REPLY_SLA = Duration.ofSeconds(12);
    private static final Duration ENRICHMENT_LIMIT = Duration.ofSeconds(5);

    @Test
    void a_deadline_set_before_a_restart_fires_after_it_from_state_restored_from_the_changelog() throws Exception {
        // given a processor that promises an agent's reply within 12 s
        LifecyclePolicy d = LifecyclePolicy.defaults();
        LifecyclePolicy quickSla = new LifecyclePolicy(FIRST_REPLY_SLA, d.quoteSla(), d.paymentSla(), d.outreachWindow(),
                d.quoteValidity(), d.storesPerRound(), d.initialRadiusKm(), d.radiusGrowth(), d.maxOutreachRounds(),
                d.autoQuote(), d.deliveryFee(), d.freeDeliveryFrom(), d.onQuoteExpiry(), d.onPaymentLinkExpiry());
        RequestTopics topics = BrokerStreams.freshTopics("rsp-timer");
        String applicationId = TestInfra.uniqueName("rsp-timer-app");
        String id = TestInfra.uniqueName("req");
        try (TopicClient client = new TopicClient(TestInfra.kafkaBootstrapServers(),
                List.of(topics.state().name(), topics.events().name()))) {
            KafkaStreams first = BrokerStreams.start(topics, applicationId, 1, quickSla);
            client.send(topics.commands(), id, Fixtures.create(id));
            RequestSnapshot created = TopicClient.await("the request to exist", Duration.ofSeconds(60), () ->
                    client.data(topics.state(), id).stream().map(RequestSnapshot.class::cast).findFirst());

            // when that processor stops before the deadline and a new one starts with an empty state directory
            first.close(Duration.ofSeconds(30));
            assertThat(client.data(topics.events(), id)).noneMatch(RequestEvent.SlaBreached.class::isInstance);
            KafkaStreams second = BrokerStreams.start(topics, applicationId, 1, quickSla);
            try {
                // then the breach still comes, for the deadline set before the restart
                RequestEvent breach = TopicClient.await("the first-reply SLA breach", Duration.ofSeconds(60), () ->
                        client.data(topics.events(), id).stream().map(RequestEvent.class::cast)
                                .filter(RequestEvent.SlaBreached.class::isInstance).findFirst());
                assertThat(breach).isEqualTo(new RequestEvent.SlaBreached(id, Sla.FIRST_AGENT_REPLY,
                        created.createdAt().plus(FIRST_REPLY_SLA).truncatedTo(ChronoUnit.MILLIS), RequestStatus.ENRICHING));
                assertThat(client.data(topics.events(), id)).filteredOn(RequestEvent.SlaBreached.class::isInstance)
                        .hasSize(1);
            } finally {
                second.close(Duration.ofSeconds(10));
            }
        }
    }

    @Test
    void with_no_ai_worker_running_a_new_request_leaves_enriching_by_itself_within_its_limit() throws Exception {
        // given a processor whose analysis limit is 5 s, a shop nearby, and no AI worker anywhere
        LifecyclePolicy.Limits d = LifecyclePolicy.Limits.defaults();
        LifecyclePolicy quickAnalysis = LifecyclePolicy.defaults().withLimits(new LifecyclePolicy.Limits(
                ENRICHMENT_LIMIT, d.infoReminder(), d.infoHandover(), d.deliverySla(), d.refundSla()));
        RequestTopics topics = BrokerStreams.freshTopics("rsp-enrich");
        String id = TestInfra.uniqueName("req");
        KafkaStreams streams = BrokerStreams.start(topics, TestInfra.uniqueName("rsp-enrich-app"), 1, quickAnalysis);
        try (TopicClient client = new TopicClient(TestInfra.kafkaBootstrapServers(), List.of(topics.state().name()))) {
            client.send(topics.storesEvents(), "store-1", Fixtures.cornerShop());

            // when a request is created
            client.send(topics.commands(), id, Fixtures.create(id));

            // then it goes on to sourcing on its own, flagged for the agent, once the limit has passed
            RequestSnapshot sourcing = TopicClient.await("the request to leave ENRICHING", Duration.ofSeconds(60), () ->
                    client.data(topics.state(), id).stream().map(RequestSnapshot.class::cast)
                            .filter(s -> s.status() == RequestStatus.SOURCING).findFirst());
            assertThat(sourcing.flags()).contains("enrichment-failed");
            assertThat(Duration.between(sourcing.createdAt(), sourcing.transitions().get(sourcing.transitions().size() - 1)
                    .at())).isGreaterThanOrEqualTo(ENRICHMENT_LIMIT);
        } finally {
            streams.close(Duration.ofSeconds(10));
        }
    }
}
