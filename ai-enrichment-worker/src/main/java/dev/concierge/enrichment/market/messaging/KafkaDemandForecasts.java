package dev.concierge.enrichment.market.messaging;

import dev.concierge.enrichment.analysis.messaging.KafkaEnrichmentResults;
import dev.concierge.enrichment.market.domain.ForecastsOut;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.forecasts.DemandForecast;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Writes forecasts as CloudEvents keyed by category id to the compacted {@code forecasts.demand}
 * and waits for {@code acks=all}. The event id follows from the category and the run's time, so
 * one run's record keeps its id if it is written again.
 */
public final class KafkaDemandForecasts implements ForecastsOut {

    private static final long ACK_WAIT_SECONDS = 10;

    private final Producer<String, byte[]> producer;
    private final EventCodec codec;

    public KafkaDemandForecasts(Producer<String, byte[]> producer, EventCodec codec) {
        this.producer = producer;
        this.codec = codec;
    }

    @Override
    public void publish(DemandForecast forecast) {
        String source = KafkaEnrichmentResults.SOURCE;
        String id = UUID.nameUUIDFromBytes((source + "|forecast|" + forecast.category() + "|" + forecast.generatedAt())
                .getBytes(StandardCharsets.UTF_8)).toString();
        byte[] value = codec.encode(CloudEvent.of(id, source, forecast.generatedAt(), forecast.category(), forecast));
        try {
            producer.send(new ProducerRecord<>(Topics.FORECASTS_DEMAND.name(), null, forecast.category(), value,
                    List.of(new RecordHeader("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)))))
                    .get(ACK_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge a write to " + Topics.FORECASTS_DEMAND.name()
                    + ": " + e, e);
        }
    }
}
