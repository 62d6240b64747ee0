package dev.concierge.bench.kafka;

import dev.concierge.bench.harness.ProgressBar;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Waits, with a progress bar, until consumer groups have committed everything on the topics they read
 * (lag 0, read from the broker every 200 ms), or fails after a limit naming what is still behind.
 */
public final class CatchUp {

    /** A consumer group and one topic it reads. */
    public record Reader(String group, String topic) {
    }

    private CatchUp() {
    }

    public static void await(PrintStream out, BrokerAdmin broker, List<Reader> readers, Duration limit, String label)
            throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        AtomicLong lag = new AtomicLong(lag(broker, readers));
        long first = Math.max(1, lag.get());
        try (ProgressBar bar = ProgressBar.start(out, label, () -> 1 - lag.get() / (double) first,
                () -> "lag " + lag.get())) {
            while (lag.get() > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(readers + " still have a lag of " + lag.get() + " after "
                            + limit.toSeconds() + " s (see the service's log)");
                }
                Thread.sleep(200);
                lag.set(lag(broker, readers));
            }
        }
    }

    private static long lag(BrokerAdmin broker, List<Reader> readers) throws Exception {
        long lag = 0;
        for (Reader reader : readers) {
            lag += broker.lag(reader.group(), reader.topic());
        }
        return lag;
    }
}
