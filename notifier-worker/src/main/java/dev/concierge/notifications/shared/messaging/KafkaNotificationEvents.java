package dev.concierge.notifications.shared.messaging;

import dev.concierge.notifications.sending.application.NotificationEvents;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.notifications.NotificationEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Writes the notifier's facts to {@code notifications.events} as CloudEvents keyed by recipient id
 * and waits for the broker's acknowledgement, so that the command is committed only after its
 * outcome is stored (a crash before that replays the command, and the send claims stop a resend).
 */
public final class KafkaNotificationEvents implements NotificationEvents {

    public static final String SOURCE = "notifier-worker";
    private static final String CONTENT_TYPE_HEADER = "content-type";

    private final Producer<String, byte[]> producer;
    private final EventCodec codec;
    private final Clock clock;
    private final Supplier<String> eventIds;
    private final Duration ackTimeout;

    public KafkaNotificationEvents(Producer<String, byte[]> producer, EventCodec codec, Clock clock,
            Supplier<String> eventIds, Duration ackTimeout) {
        this.producer = producer;
        this.codec = codec;
        this.clock = clock;
        this.eventIds = eventIds;
        this.ackTimeout = ackTimeout;
    }

    @Override
    public void sent(String notificationId, String recipientId, Channel channel, String templateId,
            String providerMessageId) {
        publish(recipientId, new NotificationEvent.NotificationSent(notificationId, recipientId, channel, templateId,
                providerMessageId));
    }

    @Override
    public void delivered(String notificationId, String recipientId, Channel channel, String providerMessageId) {
        publish(recipientId, new NotificationEvent.NotificationDelivered(notificationId, recipientId, channel,
                providerMessageId));
    }

    @Override
    public void failed(String notificationId, String recipientId, Channel channel, String reason) {
        publish(recipientId, new NotificationEvent.NotificationFailed(notificationId, recipientId, channel, reason));
    }

    private void publish(String recipientId, NotificationEvent event) {
        CloudEvent<NotificationEvent> envelope = CloudEvent.of(eventIds.get(), SOURCE, clock.instant(), recipientId,
                event);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.NOTIFICATIONS_EVENTS.name(), null,
                recipientId, codec.encode(envelope), List.of(new RecordHeader(CONTENT_TYPE_HEADER,
                        CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8))));
        try {
            producer.send(record).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to " + record.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            // thrown to the consumer: the command is retried, then dead-lettered; never committed unrecorded
            throw new IllegalStateException("Kafka did not acknowledge " + envelope.type() + " for "
                    + recipientId + ": " + e.getMessage(), e);
        }
    }
}
