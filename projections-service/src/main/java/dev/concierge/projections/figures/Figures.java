package dev.concierge.projections.figures;

import java.time.Duration;
import java.util.List;

/** The small statistics the performance figures share: a median of durations, a rate. */
public final class Figures {

    private Figures() {
    }

    /** The median, in whole seconds; null for no durations. An even count takes the mean of the middle two. */
    public static Long medianSeconds(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Long> sorted = durations.stream().map(Duration::toMillis).sorted().toList();
        int middle = sorted.size() / 2;
        long millis = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return millis / 1000;
    }

    /** {@code part / whole}, rounded to three decimals; null when {@code whole} is zero (no rate yet). */
    public static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
    }
}
