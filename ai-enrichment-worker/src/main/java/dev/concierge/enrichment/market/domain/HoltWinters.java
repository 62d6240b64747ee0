package dev.concierge.enrichment.market.domain;

/**
 * Additive Holt-Winters (triple exponential smoothing) with a season of {@code season} steps:
 * <pre>
 *   level    L_t = α (x_t − S_{t−m}) + (1 − α)(L_{t−1} + B_{t−1})
 *   trend    B_t = β (L_t − L_{t−1}) + (1 − β) B_{t−1}
 *   season   S_t = γ (x_t − L_t) + (1 − γ) S_{t−m}
 *   forecast x̂_{n+h} = L_n + h B_n + S_{n−m+1+((h−1) mod m)}
 * </pre>
 * Initialised from the first two seasons: the trend is the difference of their means over m, the
 * level the first season's mean carried to its last step, each seasonal term its observation's
 * distance from that trend line. A series that is exactly line plus season is so reproduced for any
 * α, β, γ. Smoothing runs from the second season on. Needs at least two seasons.
 */
public final class HoltWinters {

    /** Smoothing weights, each within [0, 1]. */
    public record Weights(double alpha, double beta, double gamma) {
    }

    /** The forecast and the sum of squared one-step errors made while smoothing (how well the weights fit). */
    public record Fit(double[] forecast, double squaredError) {
    }

    private HoltWinters() {
    }

    public static Fit fit(double[] series, int season, int horizon, Weights weights) {
        int m = season;
        if (series.length < 2 * m) {
            throw new IllegalArgumentException("Holt-Winters needs two seasons (" + 2 * m + " steps), had " + series.length);
        }
        double firstMean = mean(series, 0, m);
        double trend = (mean(series, m, 2 * m) - firstMean) / m;
        double level = firstMean + trend * (m - 1) / 2.0;
        double[] seasonal = new double[m];
        for (int i = 0; i < m; i++) {
            seasonal[i] = series[i] - (firstMean + trend * (i - (m - 1) / 2.0));
        }
        double squaredError = 0;
        for (int t = m; t < series.length; t++) {
            double expected = level + trend + seasonal[t % m];
            squaredError += (series[t] - expected) * (series[t] - expected);
            double previousLevel = level;
            level = weights.alpha() * (series[t] - seasonal[t % m]) + (1 - weights.alpha()) * (level + trend);
            trend = weights.beta() * (level - previousLevel) + (1 - weights.beta()) * trend;
            seasonal[t % m] = weights.gamma() * (series[t] - level) + (1 - weights.gamma()) * seasonal[t % m];
        }
        double[] forecast = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            forecast[h - 1] = level + h * trend + seasonal[(series.length + h - 1) % m];
        }
        return new Fit(forecast, squaredError);
    }

    private static double mean(double[] series, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += series[i];
        }
        return sum / (to - from);
    }
}
