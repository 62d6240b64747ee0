package dev.concierge.enrichment.market.domain;

import dev.concierge.enrichment.market.domain.HoltWinters.Fit;
import dev.concierge.enrichment.market.domain.HoltWinters.Weights;
import java.util.Arrays;
import java.util.stream.DoubleStream;

/**
 * The next day of hourly demand from the hours before it. With two days of history or more:
 * additive Holt-Winters with a 24-hour season, its weights chosen from a small grid by the least
 * squared one-step error; with one day: seasonal naive (tomorrow repeats today); with less: the
 * mean hour. Forecasts are never negative and kept to two decimals.
 */
public final class DemandForecaster {

    public static final int SEASON = 24;
    public static final String HOLT_WINTERS = "holt-winters-additive-24h";
    public static final String SEASONAL_NAIVE = "seasonal-naive-24h";
    public static final String MEAN = "mean";

    private static final double[] ALPHAS = {0.1, 0.3, 0.5, 0.7, 0.9};
    private static final double[] BETAS = {0, 0.05, 0.1, 0.2};
    private static final double[] GAMMAS = {0.05, 0.1, 0.3, 0.5};

    /** The method's name (as {@code DemandForecast.method}) and the next {@value #SEASON} hours. */
    public record Forecast(String method, double[] hours) {
    }

    private DemandForecaster() {
    }

    public static Forecast forecast(double[] history) {
        if (history.length >= 2 * SEASON) {
            return new Forecast(HOLT_WINTERS, rounded(bestFit(history).forecast()));
        }
        if (history.length >= SEASON) {
            return new Forecast(SEASONAL_NAIVE, rounded(Arrays.copyOfRange(history, history.length - SEASON, history.length)));
        }
        double mean = DoubleStream.of(history).average().orElse(0);
        return new Forecast(MEAN, rounded(DoubleStream.generate(() -> mean).limit(SEASON).toArray()));
    }

    static Fit bestFit(double[] history) {
        Fit best = null;
        for (double alpha : ALPHAS) {
            for (double beta : BETAS) {
                for (double gamma : GAMMAS) {
                    Fit fit = HoltWinters.fit(history, SEASON, SEASON, new Weights(alpha, beta, gamma));
                    if (best == null || fit.squaredError() < best.squaredError()) {
                        best = fit;
                    }
                }
            }
        }
        return best;
    }

    private static double[] rounded(double[] hours) {
        return DoubleStream.of(hours).map(value -> Math.max(0, Math.round(value * 100) / 100.0)).toArray();
    }
}
