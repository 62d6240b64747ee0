package dev.concierge.infra.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Tells on the terminal what the demo does, step by step, with the time since it began, and shows a
 * waiting step's progress (seconds waited out of its limit) so a slow machine never looks hung.
 */
public final class Narrator {

    private final PrintStream out;
    private final Instant began = Instant.now();
    private int step;

    public Narrator(PrintStream out) {
        this.out = out;
    }

    /** A numbered step: what happens now. */
    void step(String what) {
        step++;
        out.printf("%n%s %2d. %s%n", clock(), step, what);
    }

    /** A detail of the current step: what was seen. */
    void saw(String what) {
        out.printf("         %s%n", what);
    }

    void line(String text) {
        out.println(text);
    }

    /**
     * Polls {@code check} every half second until it gives a value, printing progress every five
     * seconds; fails the step with {@code what} and the last thing seen once {@code limit} has passed.
     */
    <T> T await(String what, Duration limit, Supplier<T> check, Supplier<String> lastSeen) {
        Instant start = Instant.now();
        Instant deadline = start.plus(limit);
        Instant nextReport = start.plusSeconds(5);
        while (true) {
            T value = check.get();
            if (value != null) {
                out.printf("         … %s (%.1f s)%n", what, Duration.between(start, Instant.now()).toMillis() / 1000.0);
                return value;
            }
            Instant now = Instant.now();
            if (now.isAfter(deadline)) {
                throw new StepFailedException("waited " + limit.toSeconds() + " s for " + what + "; last seen: "
                        + lastSeen.get());
            }
            if (now.isAfter(nextReport)) {
                out.printf("         waiting for %s: %d s of %d s%n", what, Duration.between(start, now).toSeconds(),
                        limit.toSeconds());
                nextReport = now.plusSeconds(5);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StepFailedException("interrupted while waiting for " + what, e);
            }
        }
    }

    private String clock() {
        long seconds = Duration.between(began, Instant.now()).toSeconds();
        return String.format("[%02d:%02d]", seconds / 60, seconds % 60);
    }
}
