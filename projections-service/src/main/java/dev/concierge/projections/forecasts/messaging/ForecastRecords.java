package dev.concierge.projections.forecasts.messaging;

import dev.concierge.projections.forecasts.application.Forecasts;
import dev.concierge.projections.readmodel.RecordSink;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Records of the compacted {@code forecasts.demand} kept in {@code forecasts}; a tombstone forgets its category. */
public final class ForecastRecords implements RecordSink {

    private final Forecasts forecasts;
    private final EventCodec codec;

    public ForecastRecords(Forecasts forecasts, EventCodec codec) {
        this.forecasts = forecasts;
        this.codec = codec;
    }

    @Override
    public void apply(ConsumerRecord<String, byte[]> record) {
        if (!record.topic().equals(Topics.FORECASTS_DEMAND.name())) {
            throw new IllegalArgumentException("forecasts are not built from " + record.topic());
        }
        if (record.value() == null) {
            if (record.key() == null) {
                throw new MalformedEventException("a forecasts.demand tombstone without a key", "", null);
            }
            forecasts.forget(record.key());
            return;
        }
        forecasts.keep(codec.decode(record.value(), Topics.FORECASTS_DEMAND).data());
    }
}
