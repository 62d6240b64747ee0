package dev.concierge.bench.stack;

import dev.concierge.bench.harness.ProgressBar;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Blocking preparation calls, four at a time (enough to overlap their waits without crowding the services
 * the run is about to measure), with a progress bar; their answers in order.
 */
final class FourAtATime {

    /** The {@code index}-th piece of preparation; may block. */
    interface Step<T> {

        T call(int index) throws Exception;
    }

    private FourAtATime() {
    }

    static <T> List<T> run(PrintStream out, String label, int count, String what, Step<T> step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger done = new AtomicInteger();
        try (ProgressBar bar = ProgressBar.start(out, label, () -> done.get() / (double) Math.max(1, count),
                () -> done.get() + " of " + count + " " + what)) {
            List<Future<T>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                pending.add(pool.submit(() -> {
                    T answer = step.call(index);
                    done.incrementAndGet();
                    return answer;
                }));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
