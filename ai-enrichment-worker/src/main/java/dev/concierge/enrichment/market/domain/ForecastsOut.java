package dev.concierge.enrichment.market.domain;

import dev.concierge.schemas.forecasts.DemandForecast;

/** Where forecasts go ({@code forecasts.demand}); a failed write throws. */
public interface ForecastsOut {

    void publish(DemandForecast forecast);
}
