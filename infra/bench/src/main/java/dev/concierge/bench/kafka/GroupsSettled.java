package dev.concierge.bench.kafka;

import dev.concierge.bench.harness.ProgressBar;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Waits, with a progress bar, until consumer groups are stable again and have committed everything they read
 * (lag 0 on every partition they have offsets for): after their services were paused, a benchmark that follows
 * must find them working and caught up, not rebalancing or draining the paused window's backlog.
 */
public final class GroupsSettled {

    private GroupsSettled() {
    }

    /** Returns how long it took; fails after {@code limit} naming the groups still unstable or behind. */
    public static Duration await(PrintStream out, BrokerAdmin broker, List<String> groups, Duration limit, String label)
            throws Exception {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        AtomicLong lag = new AtomicLong();
        AtomicReference<List<String>> unsettled = new AtomicReference<>(unsettled(broker, groups, lag));
        long first = Math.max(1, lag.get());
        try (ProgressBar bar = ProgressBar.start(out, label, () -> 1 - lag.get() / (double) first,
                () -> "lag " + lag.get() + ", unsettled " + unsettled.get().size() + " of " + groups.size())) {
            while (!unsettled.get().isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("consumer groups not stable or still behind after "
                            + limit.toSeconds() + " s (lag " + lag.get() + "): " + unsettled.get());
                }
                Thread.sleep(500);
                unsettled.set(unsettled(broker, groups, lag));
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static List<String> unsettled(BrokerAdmin broker, List<String> groups, AtomicLong totalLag) throws Exception {
        List<String> unsettled = new ArrayList<>();
        long total = 0;
        for (String group : groups) {
            long lag = broker.groupLag(group);
            total += lag;
            if (lag > 0 || !broker.isStable(group)) {
                unsettled.add(group + (lag > 0 ? " (lag " + lag + ")" : " (rebalancing)"));
            }
        }
        totalLag.set(total);
        return unsettled;
    }
}
