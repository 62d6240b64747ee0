package dev.concierge.projections.config;

import com.mongodb.client.MongoDatabase;
import dev.concierge.projections.analytics.application.AnswerCache;
import dev.concierge.projections.analytics.application.MetricsProjection;
import dev.concierge.projections.analytics.messaging.AnalyticsRecords;
import dev.concierge.projections.analytics.persistence.MongoRequestMetrics;
import dev.concierge.projections.readmodel.Projector;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import java.util.List;
import java.util.function.Supplier;

/**
 * The analytics read model ({@code request_metrics}) as a {@link Projector}. A rebuild's sink bumps the
 * cache generation too: harmless, and answers cached from the old database go stale when it switches.
 */
public final class AnalyticsProjector implements Projector {

    private final EventCodec codec;
    private final AnswerCache cache;

    AnalyticsProjector(EventCodec codec, AnswerCache cache) {
        this.codec = codec;
        this.cache = cache;
    }

    @Override
    public List<Topic<?>> topics() {
        return List.of(Topics.REQUESTS_EVENTS, Topics.CHAT_MESSAGES);
    }

    @Override
    public AnalyticsRecords into(Supplier<MongoDatabase> database, boolean live) {
        return new AnalyticsRecords(new MetricsProjection(new MongoRequestMetrics(database), cache), codec);
    }

    @Override
    public void declareIndexes(MongoDatabase database) {
        MongoRequestMetrics.declareIndexes(database);
    }
}
