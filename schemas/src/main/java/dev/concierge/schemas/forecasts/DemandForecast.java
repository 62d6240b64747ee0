package dev.concierge.schemas.forecasts;

import dev.concierge.schemas.common.Description;
import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.envelope.EventType;
import java.time.Instant;
import java.util.List;

/**
 * The value of the compacted {@code forecasts.demand} topic, keyed by category id: how many requests
 * the category had in each recent hour and how many the next 24 hours should bring. A newer forecast
 * replaces the older one; readers keep the one with the latest {@code generatedAt}.
 */
@EventType("concierge.forecast.demand.v1")
public record DemandForecast(
        @Description("Taxonomy category id.") String category,
        Instant generatedAt,
        @Description("The model, e.g. holt-winters-additive-24h, or seasonal-naive while history is short.") String method,
        @Description("Hours of history the model was fitted on.") int historyHours,
        @Description("Requests created per hour, oldest first, ending with the last complete hour.") List<HourlyDemand> recent,
        @Description("The next 24 hours, first the hour after the last complete one.") List<HourlyDemand> forecast) {

    public DemandForecast {
        recent = Immutable.list(recent);
        forecast = Immutable.list(forecast);
    }

    /** Requests in the hour starting at {@code hourStart} (observed, or expected when forecast). */
    public record HourlyDemand(Instant hourStart, double requests) {
    }
}
