package dev.concierge.projections.analytics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** The arithmetic of the figures, exact and with one rounding rule (half up) everywhere. */
public final class MetricMaths {

    private MetricMaths() {
    }

    /**
     * The median in seconds with millisecond precision: the middle value of an odd count, the mean
     * of the two middle values of an even count; null for none.
     */
    public static BigDecimal medianSeconds(List<Duration> durations) {
        List<Long> millis = durations.stream().filter(Objects::nonNull).map(Duration::toMillis).sorted().toList();
        if (millis.isEmpty()) {
            return null;
        }
        int middle = millis.size() / 2;
        BigDecimal medianMillis = millis.size() % 2 == 1
                ? BigDecimal.valueOf(millis.get(middle))
                : BigDecimal.valueOf(millis.get(middle - 1) + millis.get(middle)).divide(BigDecimal.valueOf(2));
        return medianMillis.movePointLeft(3).setScale(3, RoundingMode.HALF_UP);
    }

    /** {@code part / whole} to four decimals, null when the whole is zero (no rate without a base). */
    public static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** {@code total / count} in whole minor units, null when the count is zero. */
    public static Long average(long total, long count) {
        return count == 0 ? null : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** The mean of whole numbers to two decimals, null for none. */
    public static BigDecimal mean(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        long sum = values.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
