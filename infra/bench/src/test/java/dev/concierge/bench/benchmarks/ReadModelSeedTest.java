package dev.concierge.bench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.kafka.CloudEventDeserializer;
import dev.concierge.schemas.kafka.CloudEventSerializer;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadModelSeedTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private final ReadModelSeed seed = new ReadModelSeed("77", NOW, 1_000);

    @Test
    void every_request_has_its_own_id_and_the_same_index_always_makes_the_same_request() {
        Set<String> ids = new HashSet<>();
        IntStream.range(0, seed.count()).forEach(i -> ids.add(seed.requestId(i)));

        assertThat(ids).hasSize(seed.count()).allMatch(id -> id.startsWith("req_"));
        assertThat(new ReadModelSeed("77", NOW, 1_000).snapshot(5)).isEqualTo(seed.snapshot(5));
        assertThat(new ReadModelSeed("78", NOW, 1_000).requestId(5)).isNotEqualTo(seed.requestId(5));
    }

    @Test
    void requests_are_created_newest_first_over_the_thirty_days_before_now() {
        assertThat(seed.createdAt(0)).isEqualTo(NOW);
        assertThat(seed.createdAt(seed.count() - 1)).isAfter(NOW.minus(Duration.ofDays(ReadModelSeed.DAYS)))
                .isBefore(NOW.minus(Duration.ofDays(ReadModelSeed.DAYS - 1)));
        assertThat(seed.createdAt(10)).isBefore(seed.createdAt(9));
    }

    @Test
    void every_status_category_and_agent_occurs_and_a_new_request_has_no_agent_yet() {
        assertThat(IntStream.range(0, seed.count()).mapToObj(ReadModelSeed::status).distinct())
                .containsExactlyInAnyOrder(RequestStatus.values());
        assertThat(IntStream.range(0, seed.count()).mapToObj(ReadModelSeed::category).distinct())
                .hasSameSizeAs(ReadModelSeed.CATEGORIES);
        assertThat(IntStream.range(0, seed.count()).mapToObj(ReadModelSeed::agentId).filter(a -> a != null).distinct())
                .hasSize(ReadModelSeed.AGENTS);
        IntStream.range(0, seed.count()).filter(i -> ReadModelSeed.status(i) == RequestStatus.NEW)
                .forEach(i -> assertThat(seed.snapshot(i).agentId()).isNull());
    }

    @Test
    void open_requests_run_an_sla_deadline_from_an_hour_overdue_to_a_day_ahead_and_closed_ones_none() {
        Set<String> windows = new HashSet<>();
        for (int i = 0; i < seed.count(); i++) {
            RequestSnapshot snapshot = seed.snapshot(i);
            if (!snapshot.status().isOpen()) {
                assertThat(snapshot.deadlines()).isEmpty();
                continue;
            }
            Instant due = snapshot.deadlines().get(0).dueAt();
            assertThat(snapshot.deadlines().get(0).sla()).isNotNull();
            assertThat(due).isBetween(NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(24)));
            windows.add(due.isBefore(NOW) ? "breached" : due.isBefore(NOW.plus(Duration.ofMinutes(15))) ? "due-soon" : "ok");
        }
        assertThat(windows).containsExactlyInAnyOrder("breached", "due-soon", "ok");
    }

    @Test
    void the_fact_and_the_snapshot_go_through_the_schemas_codec_and_describe_the_same_request() {
        RequestEvent.RequestCreated created = seed.created(42);
        RequestSnapshot snapshot = seed.snapshot(42);

        CloudEvent<RequestEvent> fact = roundTrip(new CloudEventDeserializer<>(Topics.REQUESTS_EVENTS), "requests.events",
                CloudEvent.of("e1", "bench", seed.createdAt(42), created.requestId(), (RequestEvent) created));
        CloudEvent<RequestSnapshot> state = roundTrip(new CloudEventDeserializer<>(Topics.REQUESTS_STATE), "requests.state",
                CloudEvent.of("s1", "bench", snapshot.updatedAt(), snapshot.requestId(), snapshot));

        assertThat(fact.data()).isEqualTo(created);
        assertThat(state.data()).isEqualTo(snapshot);
        assertThat(snapshot.requestId()).isEqualTo(created.requestId());
        assertThat(snapshot.customerId()).isEqualTo(created.customerId());
        assertThat(snapshot.text()).isEqualTo(created.text()).contains("(request 42)");
        assertThat(snapshot.categoryHint()).isEqualTo(created.categoryHint());
    }

    private static <V> CloudEvent<V> roundTrip(CloudEventDeserializer<V> deserializer, String topic, CloudEvent<V> event) {
        byte[] bytes = new CloudEventSerializer<V>().serialize(topic, event);
        return deserializer.deserialize(topic, bytes);
    }
}
