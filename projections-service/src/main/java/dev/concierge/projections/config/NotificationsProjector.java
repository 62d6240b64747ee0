package dev.concierge.projections.config;

import com.mongodb.client.MongoDatabase;
import dev.concierge.projections.live.LiveFeed;
import dev.concierge.projections.notifications.application.NotificationChanges;
import dev.concierge.projections.notifications.application.NotificationProjection;
import dev.concierge.projections.notifications.messaging.NotificationRecords;
import dev.concierge.projections.notifications.persistence.MongoNotifications;
import dev.concierge.projections.notifications.persistence.NotificationIndexes;
import dev.concierge.projections.privacy.persistence.FieldSealer;
import dev.concierge.projections.readmodel.Projector;
import dev.concierge.projections.requests.persistence.MongoRequests;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import java.util.List;
import java.util.function.Supplier;

/** The notification history ({@code notifications}, {@code notification_events}) as a {@link Projector}. */
public final class NotificationsProjector implements Projector {

    private final EventCodec codec;
    private final LiveFeed live;
    private final FieldSealer sealer;

    NotificationsProjector(EventCodec codec, LiveFeed live, FieldSealer sealer) {
        this.sealer = sealer;
        this.codec = codec;
        this.live = live;
    }

    @Override
    public List<Topic<?>> topics() {
        return List.of(Topics.NOTIFICATIONS_EVENTS);
    }

    @Override
    public NotificationRecords into(Supplier<MongoDatabase> database, boolean pushLive) {
        TimelineRequestLinks links = new TimelineRequestLinks(new MongoRequests(database, codec.mapper(), sealer));
        NotificationProjection projection = new NotificationProjection(new MongoNotifications(database), links,
                pushLive ? live : NotificationChanges.NONE);
        return new NotificationRecords(projection, codec);
    }

    @Override
    public void declareIndexes(MongoDatabase database) {
        NotificationIndexes.declare(database);
    }
}
