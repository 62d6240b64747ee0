package dev.concierge.bench.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a load generator counts of its calls: answers by status, accepted units, transport errors and every
 * answered call's latency. Written on the generator's event loop only; {@link #accepted} may be read from
 * any thread (the progress bar).
 */
final class Tally {

    private final AtomicLong accepted = new AtomicLong();
    private final Map<Integer, Long> byStatus = new TreeMap<>();
    private long transportErrors;
    private String lastTransportError = "";
    private long[] latencies = new long[1 << 12];
    private int latencyCount;

    void answered(int status, long units, long latencyNanos) {
        accepted.addAndGet(units);
        byStatus.merge(status, 1L, Long::sum);
        if (latencyCount == latencies.length) {
            latencies = Arrays.copyOf(latencies, latencies.length * 2);
        }
        latencies[latencyCount++] = latencyNanos;
    }

    void failed(Throwable error) {
        lastTransportError = String.valueOf(error);
        transportErrors++;
    }

    long accepted() {
        return accepted.get();
    }

    void clear() {
        accepted.set(0);
        byStatus.clear();
        transportErrors = 0;
        lastTransportError = "";
        latencyCount = 0;
    }

    Outcome outcome(double seconds, double serverCpuSeconds) {
        return new Outcome(accepted.get(), byStatus.values().stream().mapToLong(Long::longValue).sum(),
                Map.copyOf(byStatus), transportErrors, lastTransportError, seconds, serverCpuSeconds,
                Arrays.copyOf(latencies, latencyCount));
    }
}
