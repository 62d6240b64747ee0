package dev.concierge.projections.rebuild.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.projections.rebuild.domain.RebuildProgress;
import dev.concierge.projections.rebuild.domain.RebuildState;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The order of a rebuild's steps and what a failure leaves behind, with the database and the broker
 * replaced by records of what was asked of them (the real ones are in {@code RebuildTest} and
 * {@code KafkaReplayTest}).
 */
class RebuildsTest {

    private final List<String> steps = new ArrayList<>();
    private final List<Runnable> queued = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private long current = 3;
    private RuntimeException replayFailure;
    private int failOnRead = -1;

    private final Generations generations = new Generations() {
        @Override
        public long current() {
            return current;
        }

        @Override
        public String databaseName(long generation) {
            return "db_g" + generation;
        }

        @Override
        public void prepare(long generation) {
            steps.add("prepare " + generation);
        }

        @Override
        public void switchTo(long generation, String rebuildId) {
            steps.add("switch " + generation);
            current = generation;
        }

        @Override
        public void drop(long generation) {
            steps.add("drop " + generation);
        }
    };

    private final TopicReplays replays = new TopicReplays() {
        @Override
        public List<String> topics() {
            return List.of("requests.state");
        }

        @Override
        public Replay open(long generation, RebuildProgress progress) {
            steps.add("open " + generation);
            AtomicInteger reads = new AtomicInteger();
            return new Replay() {
                @Override
                public void readToEnd() {
                    if (reads.getAndIncrement() == failOnRead) {
                        throw replayFailure;
                    }
                    steps.add("read to end");
                    progress.position("requests.state", 10, 10);
                }

                @Override
                public void close() {
                    steps.add("close");
                }
            };
        }
    };

    private final Rebuilds rebuilds = new Rebuilds(generations, replays, queued::add, Clock.systemUTC(),
            () -> "rbd_" + ids.incrementAndGet(), Duration.ZERO);

    @Test
    void a_rebuild_fills_the_next_generation_switches_to_it_catches_up_and_drops_the_old_one() {
        RebuildStart start = rebuilds.start();
        runQueued();

        assertThat(start).isInstanceOf(RebuildStart.Started.class);
        assertThat(start.report().generation()).isEqualTo(4);
        assertThat(start.report().database()).isEqualTo("db_g4");
        assertThat(steps).containsExactly("prepare 4", "open 4", "read to end", "switch 4", "read to end", "close",
                "drop 3");
        assertThat(rebuilds.latest().orElseThrow().state()).isEqualTo(RebuildState.SWITCHED);
        assertThat(rebuilds.latest().orElseThrow().percent()).isEqualTo(100.0);
        assertThat(rebuilds.byId("rbd_1")).isPresent();
    }

    @Test
    void a_second_rebuild_while_one_runs_is_refused_and_names_the_running_one() {
        rebuilds.start();

        RebuildStart second = rebuilds.start();

        assertThat(second).isInstanceOf(RebuildStart.AlreadyRunning.class);
        assertThat(second.report().rebuildId()).isEqualTo("rbd_1");
        assertThat(queued).hasSize(1);
    }

    @Test
    void a_failure_before_the_switch_reports_the_reason_drops_the_fresh_generation_and_keeps_the_current_one() {
        failOnRead = 0;
        replayFailure = new IllegalStateException("the broker gave no records for 60 s");

        rebuilds.start();
        runQueued();

        assertThat(rebuilds.latest().orElseThrow().state()).isEqualTo(RebuildState.FAILED);
        assertThat(rebuilds.latest().orElseThrow().failure()).contains("the broker gave no records for 60 s");
        assertThat(steps).containsExactly("prepare 4", "open 4", "close", "drop 4");
        assertThat(current).isEqualTo(3);
        assertThat(rebuilds.start()).isInstanceOf(RebuildStart.Started.class);
    }

    @Test
    void a_failure_in_the_catch_up_says_the_switch_happened_and_keeps_the_old_generation() {
        failOnRead = 1;
        replayFailure = new IllegalStateException("broker gone");

        rebuilds.start();
        runQueued();

        assertThat(rebuilds.latest().orElseThrow().state()).isEqualTo(RebuildState.FAILED);
        assertThat(rebuilds.latest().orElseThrow().failure()).contains("switched to generation 4").contains("broker gone");
        assertThat(steps).containsExactly("prepare 4", "open 4", "read to end", "switch 4", "close");
        assertThat(current).isEqualTo(4);
    }

    private void runQueued() {
        List<Runnable> now = List.copyOf(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }
}
