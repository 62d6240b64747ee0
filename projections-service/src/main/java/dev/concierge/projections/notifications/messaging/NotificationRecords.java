package dev.concierge.projections.notifications.messaging;

import dev.concierge.projections.notifications.application.NotificationProjection;
import dev.concierge.projections.notifications.domain.NotificationFact;
import dev.concierge.projections.readmodel.KnownEvents;
import dev.concierge.projections.readmodel.RecordSink;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Records of {@code notifications.events} applied to the notification history, the same way live and in a
 * rebuild; the gateway's raw status reports on the same topic are not facts about a notification and are skipped.
 */
public final class NotificationRecords implements RecordSink {

    private final NotificationProjection projection;
    private final EventCodec codec;

    public NotificationRecords(NotificationProjection projection, EventCodec codec) {
        this.projection = projection;
        this.codec = codec;
    }

    @Override
    public void apply(ConsumerRecord<String, byte[]> record) {
        if (!record.topic().equals(Topics.NOTIFICATIONS_EVENTS.name())) {
            throw new IllegalArgumentException("the notification history is not built from " + record.topic());
        }
        KnownEvents.decode(codec, record.value(), Topics.NOTIFICATIONS_EVENTS)
                .flatMap(event -> NotificationFact.of(event.id(), event.data(), event.time()))
                .ifPresent(fact -> projection.fact(fact, Instant.ofEpochMilli(record.timestamp())));
    }
}
