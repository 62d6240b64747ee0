package dev.concierge.testkit;

import java.util.function.Supplier;

/**
 * Computes a value on first use and keeps it. A failed start is not remembered, so the next test
 * sees the real error again instead of a stale one.
 */
final class Lazy<T> {

    private final Supplier<T> compute;
    private T value;

    Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    synchronized T get() {
        if (value == null) {
            value = compute.get();
        }
        return value;
    }
}
