package dev.concierge.requests.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.requests.domain.LifecyclePolicy;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.Sla;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.testkit.TestInfra;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

class TimersOnBrokerTest {

    private static final Duration FIRST_REPLY_SLA = Duration.ofSeconds(12);

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

}
