package dev.concierge.projections.rebuild.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RebuildProgressTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T20:00:00Z"));

    @Test
    void percent_is_offsets_read_over_offsets_to_read_over_every_topic() {
        RebuildProgress progress = new RebuildProgress("rbd_1", 1, "db_g1", List.of("a", "b"), clock);

        progress.position("a", 30, 50);
        progress.position("b", 0, 150);

        assertThat(progress.report().percent()).isEqualTo(15.0);
        assertThat(progress.report().topics()).extracting(TopicReport::topic).containsExactly("a", "b");
    }

    @Test
    void percent_is_zero_before_the_replay_has_looked_and_one_hundred_when_there_was_nothing_to_read() {
        RebuildProgress progress = new RebuildProgress("rbd_1", 1, "db_g1", List.of("a"), clock);
        assertThat(progress.report().percent()).isZero();

        progress.position("a", 0, 0);

        assertThat(progress.report().percent()).isEqualTo(100.0);
    }

    @Test
    void events_per_second_count_applied_and_skipped_records_since_the_start() {
        RebuildProgress progress = new RebuildProgress("rbd_1", 1, "db_g1", List.of("a"), clock);
        for (int i = 0; i < 30; i++) {
            progress.applied("a");
        }
        progress.skipped("a");
        progress.skipped("a");
        clock.advance(Duration.ofSeconds(4));

        RebuildReport report = progress.report();

        assertThat(report.eventsPerSecond()).isEqualTo(8.0);
        assertThat(report.applied()).isEqualTo(30);
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(report.topics().get(0)).isEqualTo(new TopicReport("a", 30, 2, 0, 0));
    }

    @Test
    void a_finished_rebuild_is_switched_with_its_times_and_a_failed_one_says_why() {
        RebuildProgress done = new RebuildProgress("rbd_1", 1, "db_g1", List.of("a"), clock);
        clock.advance(Duration.ofSeconds(1));
        done.switched();
        clock.advance(Duration.ofSeconds(1));
        done.finished();
        RebuildProgress failed = new RebuildProgress("rbd_2", 2, "db_g2", List.of("a"), clock);
        failed.failed("broker gone");

        assertThat(done.report().state()).isEqualTo(RebuildState.SWITCHED);
        assertThat(done.report().switchedAt()).isEqualTo(Instant.parse("2026-11-30T20:00:01Z"));
        assertThat(done.report().finishedAt()).isEqualTo(Instant.parse("2026-11-30T20:00:02Z"));
        assertThat(done.isRunning()).isFalse();
        assertThat(failed.report().state()).isEqualTo(RebuildState.FAILED);
        assertThat(failed.report().failure()).isEqualTo("broker gone");
    }

    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
