package dev.concierge.bench.load;

import java.util.Arrays;
import java.util.Map;

/** What a measured window saw: accepted units, calls by status, and every call's latency. */
public record Outcome(long acceptedUnits, long calls, Map<Integer, Long> callsByStatus, long transportErrors,
        String lastTransportError, double seconds, double serverCpuSeconds, long[] latenciesNanos) {

    public double unitsPerSecond() {
        return seconds > 0 ? acceptedUnits / seconds : 0;
    }

    /** CPU milliseconds the service under load spent per accepted unit in the window; NaN when unknown. */
    public double serverCpuMsPerUnit() {
        return acceptedUnits > 0 ? serverCpuSeconds * 1000 / acceptedUnits : Double.NaN;
    }

    /** The latency at {@code quantile} (0..1) in milliseconds, nearest-rank; 0 with no calls. */
    public double latencyMs(double quantile) {
        return quantileMs(latenciesNanos, quantile);
    }

    /** The value at {@code quantile} (0..1) of {@code nanos}, in milliseconds, nearest-rank; 0 when there is none. */
    public static double quantileMs(long[] nanos, double quantile) {
        if (nanos.length == 0) {
            return 0;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }
}
