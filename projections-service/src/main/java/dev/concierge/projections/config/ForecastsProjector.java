package dev.concierge.projections.config;

import com.mongodb.client.MongoDatabase;
import dev.concierge.projections.forecasts.messaging.ForecastRecords;
import dev.concierge.projections.forecasts.persistence.MongoForecasts;
import dev.concierge.projections.readmodel.Projector;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import java.util.List;
import java.util.function.Supplier;

/** The {@code forecasts} read model as a {@link Projector}: the compacted {@code forecasts.demand}. */
public final class ForecastsProjector implements Projector {

    private final EventCodec codec;

    ForecastsProjector(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public List<Topic<?>> topics() {
        return List.of(Topics.FORECASTS_DEMAND);
    }

    @Override
    public ForecastRecords into(Supplier<MongoDatabase> database, boolean live) {
        return new ForecastRecords(new MongoForecasts(database, codec.mapper()), codec);
    }

    @Override
    public void declareIndexes(MongoDatabase database) {
        // _id (the category) is the only key the forecasts are read by
    }
}
