package dev.concierge.ingest.shared.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory map whose entries each end at an instant of their own, holding at most {@code capacity}
 * entries. Meant for answers that are expensive to get and cannot change while the entry lives (a
 * verified token until its expiry, the owner of a request), so a hit is as good as asking again.
 *
 * <p>When it is full, entries past their end are dropped first; if it is still full everything is
 * dropped and it fills again from the next misses. Crude, but bounded, lock-free on reads, and a miss
 * only costs what the cache saves.
 */
public final class BoundedCache<K, V> {

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private final Clock clock;

    public BoundedCache(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.clock = clock;
    }

    /** The value, unless there is none or its end has come. */
    public Optional<V> get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (clock.millis() >= entry.endMillis()) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** Remembers {@code value} until {@code end}; a value whose end has already come is not kept. */
    public void put(K key, V value, Instant end) {
        long now = clock.millis();
        long endMillis = end.toEpochMilli();
        if (now >= endMillis) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.values().removeIf(entry -> now >= entry.endMillis());
            if (entries.size() >= capacity) {
                entries.clear();
            }
        }
        entries.put(key, new Entry<>(value, endMillis));
    }

    public int size() {
        return entries.size();
    }

    private record Entry<V>(V value, long endMillis) {
    }
}
