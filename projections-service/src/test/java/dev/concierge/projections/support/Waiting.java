package dev.concierge.projections.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;

/** Bounded polling for what the service's consumers write: a minute of patience, never a speed assertion. */
public final class Waiting {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Waiting() {
    }

    /** Polls {@code probe} until it answers true; fails, saying what was awaited, after a minute. */
    public static void until(String what, Supplier<Boolean> probe) {
        until(what, PATIENCE, probe);
    }

    /** {@link #until(String, Supplier)} with other patience, for work that grows with the shared broker's history. */
    public static void until(String what, Duration patience, Supplier<Boolean> probe) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!probe.get()) {
            assertThat(System.nanoTime()).as("waited for: %s", what).isLessThan(deadline);
            pause();
        }
    }

    static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
