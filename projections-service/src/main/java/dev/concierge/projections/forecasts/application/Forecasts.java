package dev.concierge.projections.forecasts.application;

import dev.concierge.schemas.forecasts.DemandForecast;
import java.util.List;

/**
 * The latest demand forecast per category ({@code forecasts}), from the compacted
 * {@code forecasts.demand}: a forecast replaces the kept one only when it was generated later, so a
 * redelivered or older one changes nothing.
 */
public interface Forecasts {

    void keep(DemandForecast forecast);

    /** The category's forecast is gone from the topic (a compaction tombstone). */
    void forget(String category);

    /** Every category's forecast, by category; only {@code category}'s when it is not null. */
    List<DemandForecast> list(String category);
}
