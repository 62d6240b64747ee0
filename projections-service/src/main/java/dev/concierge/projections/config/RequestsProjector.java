package dev.concierge.projections.config;

import com.mongodb.client.MongoDatabase;
import dev.concierge.projections.live.LiveFeed;
import dev.concierge.projections.privacy.persistence.FieldSealer;
import dev.concierge.projections.readmodel.Projector;
import dev.concierge.projections.requests.application.LiveChanges;
import dev.concierge.projections.requests.application.RequestProjection;
import dev.concierge.projections.requests.messaging.RequestRecords;
import dev.concierge.projections.requests.messaging.TimelineEntryReader;
import dev.concierge.projections.requests.persistence.MongoReadReceipts;
import dev.concierge.projections.requests.persistence.MongoRequests;
import dev.concierge.projections.requests.persistence.ReadModelIndexes;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import java.util.List;
import java.util.function.Supplier;

/**
 * The requests read model ({@code requests}, {@code request_timeline}, {@code messages} with their read receipts,
 * {@code message_receipts}) as a {@link Projector}.
 */
public final class RequestsProjector implements Projector {

    private final EventCodec codec;
    private final LiveFeed live;
    private final FieldSealer sealer;

    RequestsProjector(EventCodec codec, LiveFeed live, FieldSealer sealer) {
        this.codec = codec;
        this.live = live;
        this.sealer = sealer;
    }

    @Override
    public List<Topic<?>> topics() {
        return List.of(Topics.REQUESTS_STATE, Topics.REQUESTS_EVENTS, Topics.CHAT_MESSAGES);
    }

    @Override
    public RequestRecords into(Supplier<MongoDatabase> database, boolean pushLive) {
        MongoRequests readModel = new MongoRequests(database, codec.mapper(), sealer);
        RequestProjection projection = new RequestProjection(readModel, readModel, new MongoReadReceipts(database),
                pushLive ? live : LiveChanges.NONE);
        return new RequestRecords(projection, codec, new TimelineEntryReader(codec));
    }

    @Override
    public void declareIndexes(MongoDatabase database) {
        ReadModelIndexes.declare(database);
    }
}
