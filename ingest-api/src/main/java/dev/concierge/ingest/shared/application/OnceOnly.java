package dev.concierge.ingest.shared.application;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * At most once per key: the one mechanism behind {@code Idempotency-Key}, batch {@code clientEventId}
 * and webhook delivery ids. A key is first claimed with a short-lived "running" marker, so a
 * concurrent duplicate cannot write a second time; when the write succeeds its answer replaces the
 * marker for a remembering window; when it fails the key is released so the caller may retry.
 * <p>
 * Most callers use {@link #once}. A caller whose write spans two calls (a request filter that claims
 * and a response filter that completes) uses {@link #claim}, {@link #complete} and {@link #release}.
 */
public interface OnceOnly {

    /** What a key already holds: the running marker while its first write runs, then that write's answer. */
    record Held(boolean running, String value) {
    }

    /**
     * Empty when the key was free and is now claimed (the caller must then complete or release it);
     * otherwise what the key holds. A claim that is neither completed nor released lapses after a short time.
     */
    Optional<Held> claim(String key, String runningMarker);

    void complete(String key, String answer, Duration remember);

    void release(String key);

    /** {@link #claim} without holding a thread while the store answers. */
    CompletionStage<Optional<Held>> claimAsync(String key, String runningMarker);

    /** {@link #complete} without holding a thread while the store answers. */
    CompletionStage<Void> completeAsync(String key, String answer, Duration remember);

    /** {@link #release} without holding a thread while the store answers. */
    CompletionStage<Void> releaseAsync(String key);

    /**
     * Runs {@code write} the first time {@code key} is seen and remembers its answer (as written by
     * {@code remembered}) for {@code remember}; a later call gets that answer back instead of writing;
     * a call while the first is still running is told so. A failed write leaves the key free.
     */
    default <T, X extends Exception> Once<T> once(String key, Duration remember, Write<T, X> write,
            Function<T, String> remembered) throws X {
        Optional<Held> held = claim(key, "");
        if (held.isPresent()) {
            return held.get().running() ? new Once<>(null, null, true) : new Once<>(null, held.get().value(), false);
        }
        boolean completed = false;
        try {
            T first = write.run();
            complete(key, remembered.apply(first), remember);
            completed = true;
            return new Once<>(first, null, false);
        } finally {
            if (!completed) {
                release(key);
            }
        }
    }

    /** The write to run at most once; it may refuse with an exception, which leaves the key free. */
    @FunctionalInterface
    interface Write<T, X extends Exception> {
        T run() throws X;
    }

    /** One of three: the first write's result, the remembered answer of an earlier one, or "still running". */
    record Once<T>(T first, String replayed, boolean running) {

        public boolean isFirst() {
            return !running && replayed == null;
        }
    }
}
