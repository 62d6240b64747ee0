package dev.concierge.projections.config;

import dev.concierge.projections.live.LiveFeed;
import dev.concierge.projections.privacy.persistence.FieldSealer;
import dev.concierge.projections.notifications.application.NotificationReading;
import dev.concierge.projections.notifications.messaging.NotificationRecords;
import dev.concierge.projections.notifications.persistence.MongoNotifications;
import dev.concierge.projections.readmodel.ReadModelDatabase;
import dev.concierge.projections.requests.persistence.MongoRequests;
import dev.concierge.schemas.envelope.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Wires the notification history on the database the read models are in now. */
@ApplicationScoped
public class NotificationsWiring {

    @Produces
    @Singleton
    NotificationsProjector notificationsProjector(EventCodec codec, LiveFeed live, FieldSealer sealer) {
        return new NotificationsProjector(codec, live, sealer);
    }

    @Produces
    @Singleton
    NotificationRecords liveNotificationRecords(NotificationsProjector projector, ReadModelDatabase database) {
        return projector.into(database, true);
    }

    @Produces
    @Singleton
    NotificationReading notificationReading(ReadModelDatabase database, MongoRequests requests) {
        return new NotificationReading(new MongoNotifications(database), new TimelineRequestLinks(requests));
    }
}
