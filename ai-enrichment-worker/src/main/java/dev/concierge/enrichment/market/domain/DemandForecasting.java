package dev.concierge.enrichment.market.domain;

import dev.concierge.schemas.forecasts.DemandForecast;
import dev.concierge.schemas.forecasts.DemandForecast.HourlyDemand;
import dev.concierge.schemas.taxonomy.Taxonomy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the requests created per category and hour (a request counts in its first known category,
 * {@link SourcedRequest#category()}) over up to {@link #HISTORY} of complete hours, forecasts each
 * category's next 24 hours ({@link DemandForecaster}) and publishes one {@link DemandForecast} for
 * every taxonomy category, zeros where there was no request. All categories share one history: from
 * the hour of the oldest request the market holds (within {@link #HISTORY}) to the last complete hour.
 */
public final class DemandForecasting {

    public static final Duration HISTORY = Duration.ofDays(28);
    /** How many of the last hours a forecast carries as {@code recent}: two seasons, enough to draw. */
    public static final int RECENT_HOURS = 48;

    private final MarketStore store;
    private final Taxonomy taxonomy;
    private final ForecastsOut out;
    private final Clock clock;

    public DemandForecasting(MarketStore store, Taxonomy taxonomy, ForecastsOut out, Clock clock) {
        this.store = store;
        this.taxonomy = taxonomy;
        this.out = out;
        this.clock = clock;
    }

    /** Publishes a forecast per taxonomy category as of now; returns how many. */
    public int publishAll() {
        List<DemandForecast> forecasts = forecastAll(clock.instant());
        forecasts.forEach(out::publish);
        return forecasts.size();
    }

    public List<DemandForecast> forecastAll(Instant now) {
        Instant end = now.truncatedTo(ChronoUnit.HOURS);
        List<SourcedRequest> created = store.createdBetween(end.minus(HISTORY), end);
        Instant start = created.stream().map(SourcedRequest::createdAt).min(Comparator.naturalOrder())
                .map(first -> first.truncatedTo(ChronoUnit.HOURS)).orElse(end);
        int hours = (int) Duration.between(start, end).toHours();
        Map<String, double[]> counts = new LinkedHashMap<>();
        taxonomy.categoryIds().forEach(category -> counts.put(category, new double[hours]));
        for (SourcedRequest request : created) {
            double[] series = counts.getOrDefault(request.category(), counts.get(SourcedRequest.OTHER));
            series[(int) Duration.between(start, request.createdAt()).toHours()]++;
        }
        List<DemandForecast> forecasts = new ArrayList<>();
        counts.forEach((category, series) -> {
            DemandForecaster.Forecast forecast = DemandForecaster.forecast(series);
            List<HourlyDemand> recent = new ArrayList<>();
            for (int hour = Math.max(0, hours - RECENT_HOURS); hour < hours; hour++) {
                recent.add(new HourlyDemand(start.plus(hour, ChronoUnit.HOURS), series[hour]));
            }
            List<HourlyDemand> next = new ArrayList<>();
            for (int hour = 0; hour < forecast.hours().length; hour++) {
                next.add(new HourlyDemand(end.plus(hour, ChronoUnit.HOURS), forecast.hours()[hour]));
            }
            forecasts.add(new DemandForecast(category, now, forecast.method(), hours, recent, next));
        });
        return forecasts;
    }
}
