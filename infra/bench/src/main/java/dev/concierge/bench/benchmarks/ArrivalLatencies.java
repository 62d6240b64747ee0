package dev.concierge.bench.benchmarks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Pairs each call the load generator had accepted (202) with the arrival of its effect (a chat message's
 * push on the live stream, a payment link's event on {@code payments.events}) by a key both carry, and
 * measures the time between. The generator and the watcher tell it from two threads, in either order: an
 * effect can be read before the 202 is.
 */
final class ArrivalLatencies {

    private static final long MAX_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final Map<String, long[]> acceptedByKey = new ConcurrentHashMap<>();
    private final Map<String, Long> arrivedByKey = new ConcurrentHashMap<>();

    /** The generator's answer: {@code dueNanos} when the schedule sent it, {@code acceptedNanos} when its 202 came. */
    void accepted(String key, long dueNanos, long acceptedNanos) {
        acceptedByKey.put(key, new long[] {dueNanos, acceptedNanos});
    }

    /** The effect of the call {@code key} names was read at {@code readNanos}; only the first arrival counts. */
    void arrived(String key, long readNanos) {
        arrivedByKey.putIfAbsent(key, readNanos);
    }

    /** Accepted calls whose effect has arrived so far. */
    long acceptedAndArrived() {
        return acceptedByKey.keySet().stream().filter(arrivedByKey::containsKey).count();
    }

    /** The two latencies of every accepted call whose effect arrived, and how many were accepted without one. */
    Figures figures() {
        Histogram fromAccepted = new Histogram(MAX_NANOS, 3);
        Histogram fromDue = new Histogram(MAX_NANOS, 3);
        long arrivedBeforeAccepted = 0;
        long missing = 0;
        for (Map.Entry<String, long[]> accepted : acceptedByKey.entrySet()) {
            Long arrived = arrivedByKey.get(accepted.getKey());
            if (arrived == null) {
                missing++;
                continue;
            }
            long afterAccepted = arrived - accepted.getValue()[1];
            // the effect can be read a moment before the 202 is: one that beat its 202 took no time after it
            arrivedBeforeAccepted += afterAccepted < 0 ? 1 : 0;
            fromAccepted.recordValue(Math.min(MAX_NANOS, Math.max(0, afterAccepted)));
            fromDue.recordValue(Math.min(MAX_NANOS, Math.max(0, arrived - accepted.getValue()[0])));
        }
        return new Figures(acceptedByKey.size(), fromAccepted, fromDue, arrivedBeforeAccepted, missing);
    }

    /** Latencies in nanoseconds: from the 202 to the arrival, and from the scheduled send to the arrival. */
    record Figures(long accepted, Histogram fromAccepted, Histogram fromDue, long arrivedBeforeAccepted, long missing) {

        long arrived() {
            return fromAccepted.getTotalCount();
        }

        static double ms(Histogram histogram, double percentile) {
            return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1e6;
        }
    }
}
