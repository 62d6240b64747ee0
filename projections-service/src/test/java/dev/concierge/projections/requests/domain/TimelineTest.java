package dev.concierge.projections.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void facts_are_ordered_by_their_time_whatever_order_they_arrive_in() {
        Timeline timeline = Timeline.empty()
                .with(entry("e3", T0.plusSeconds(3), 12))
                .with(entry("e1", T0.plusSeconds(1), 10))
                .with(entry("e2", T0.plusSeconds(2), 11));

        assertThat(ids(timeline)).containsExactly("e1", "e2", "e3");
    }

    @Test
    void facts_with_the_same_time_keep_the_topics_order() {
        Timeline timeline = Timeline.of(List.of(
                entry("later-on-the-topic", T0, 8),
                entry("earlier-on-the-topic", T0, 7)));

        assertThat(ids(timeline)).containsExactly("earlier-on-the-topic", "later-on-the-topic");
    }

    @Test
    void an_event_id_already_present_changes_nothing_even_when_redelivered_at_another_offset() {
        Timeline once = Timeline.empty().with(entry("e1", T0, 1)).with(entry("e2", T0.plusSeconds(1), 2));

        Timeline again = once.with(entry("e1", T0.plusSeconds(5), 40));

        assertThat(again).isSameAs(once);
        assertThat(again.entries()).containsExactlyElementsOf(once.entries());
    }

    @Test
    void nanoseconds_of_the_envelope_time_decide_the_order() {
        Timeline timeline = Timeline.of(List.of(
                entry("second", T0.plusNanos(2_000), 1),
                entry("first", T0.plusNanos(1_000), 2)));

        assertThat(ids(timeline)).containsExactly("first", "second");
    }

    private static TimelineEntry entry(String eventId, Instant time, long offset) {
        return new TimelineEntry(eventId, "req_1", "concierge.request.test.v1", time, 0, offset, "{}", null, null);
    }

    private static List<String> ids(Timeline timeline) {
        return timeline.entries().stream().map(TimelineEntry::eventId).toList();
    }
}
