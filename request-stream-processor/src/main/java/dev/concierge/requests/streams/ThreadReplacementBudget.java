package dev.concierge.requests.streams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How many dead stream threads may be replaced: at most {@code max} within any {@code window}. One
 * failure (a transaction the broker aborted after a long pause) is healed by a new thread; a failure
 * that keeps coming back is not, and must stop the client so a supervisor restarts the process.
 */
public final class ThreadReplacementBudget {

    private final int max;
    private final Duration window;
    private final Clock clock;
    /** When the replacements still inside the window were granted, oldest first. */
    private final Deque<Instant> granted = new ArrayDeque<>();

    /** @param max 0 never replaces (every dead thread stops the client, Kafka Streams' default) */
    public ThreadReplacementBudget(int max, Duration window, Clock clock) {
        if (max < 0) {
            throw new IllegalArgumentException("max replacements must not be negative: " + max);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the replacement window must be positive: " + window);
        }
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /**
     * Grants one replacement and counts it, unless {@code max} were granted in the last {@code window};
     * a replacement granted exactly {@code window} ago no longer counts. A refusal is not counted.
     */
    public synchronized boolean tryReplace() {
        Instant now = clock.instant();
        while (!granted.isEmpty() && !granted.peekFirst().isAfter(now.minus(window))) {
            granted.removeFirst();
        }
        if (granted.size() >= max) {
            return false;
        }
        granted.addLast(now);
        return true;
    }

    /** Replacements granted within the window as of the last {@link #tryReplace()}, for the logs. */
    public synchronized int used() {
        return granted.size();
    }

    public int max() {
        return max;
    }

    public Duration window() {
        return window;
    }
}
