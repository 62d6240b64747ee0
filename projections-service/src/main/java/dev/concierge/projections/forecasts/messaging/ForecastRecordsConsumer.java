package dev.concierge.projections.forecasts.messaging;

import dev.concierge.schemas.envelope.EventDecodingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The live consumer of {@code forecasts}: {@code forecasts.demand}; an undecodable record goes to its {@code .dlq}. */
@ApplicationScoped
public class ForecastRecordsConsumer {

    private final ForecastRecords records;

    ForecastRecordsConsumer(ForecastRecords records) {
        this.records = records;
    }

    @Incoming("forecasts-forecasts-demand")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void forecast(ConsumerRecord<String, byte[]> record) {
        records.apply(record);
    }
}
