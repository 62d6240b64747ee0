package dev.concierge.enrichment.market.forecast;

import dev.concierge.enrichment.market.domain.DemandForecasting;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Publishes the demand forecasts shortly after start and then every {@code FORECAST_EVERY} (1 h):
 * a record per taxonomy category per run, even when nothing changed, since readers of the
 * compacted topic keep the latest. A failed run (MongoDB or Kafka away) is logged and the next tries again.
 */
@ApplicationScoped
public class DemandForecastSchedule {

    private static final Logger LOG = Logger.getLogger(DemandForecastSchedule.class);

    private final DemandForecasting forecasting;

    DemandForecastSchedule(DemandForecasting forecasting) {
        this.forecasting = forecasting;
    }

    @Scheduled(identity = "demand-forecast", every = "${concierge.forecast.every}",
            delayed = "${concierge.forecast.first-run-after}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            LOG.infof("published %d demand forecasts", publish());
        } catch (RuntimeException e) {
            LOG.warnf("demand forecasts not published this time: %s", e.toString());
        }
    }

    /** One run now; returns how many forecasts were published. */
    public int publish() {
        return forecasting.publishAll();
    }
}
