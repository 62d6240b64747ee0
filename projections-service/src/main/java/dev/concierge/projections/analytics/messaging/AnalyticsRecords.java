package dev.concierge.projections.analytics.messaging;

import dev.concierge.projections.analytics.application.MetricsProjection;
import dev.concierge.projections.analytics.domain.MetricFacts;
import dev.concierge.projections.readmodel.RecordSink;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.chat.ChatEvent;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.MalformedEventException;
import dev.concierge.schemas.envelope.UnknownEventTypeException;
import dev.concierge.schemas.requests.RequestEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Records of {@code requests.events} and {@code chat.messages} applied to {@code request_metrics}, the
 * same way for the live consumers and a rebuild. A fact of a type this build does not know feeds no
 * figure and is skipped (the contract grows additively); one that cannot be read is dead-lettered.
 */
public final class AnalyticsRecords implements RecordSink {

    private final MetricsProjection projection;
    private final EventCodec codec;

    public AnalyticsRecords(MetricsProjection projection, EventCodec codec) {
        this.projection = projection;
        this.codec = codec;
    }

    @Override
    public void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new MalformedEventException("a " + record.topic() + " record has no value", "", null);
        }
        String topic = record.topic();
        if (topic.equals(Topics.REQUESTS_EVENTS.name())) {
            fact(record.value());
        } else if (topic.equals(Topics.CHAT_MESSAGES.name())) {
            message(record.value());
        } else {
            throw new IllegalArgumentException("the analytics are not built from " + topic);
        }
    }

    private void fact(byte[] value) {
        CloudEvent<RequestEvent> event;
        try {
            event = codec.decode(value, Topics.REQUESTS_EVENTS);
        } catch (UnknownEventTypeException newerType) {
            return;
        }
        MetricFacts.of(event.id(), event.time(), event.data()).ifPresent(projection::apply);
    }

    private void message(byte[] value) {
        CloudEvent<ChatEvent> event = codec.decode(value, Topics.CHAT_MESSAGES);
        // read receipts are not part of the analytics; only the customers' own messages are
        if (event.data() instanceof ChatMessagePosted message && message.author() == Author.CUSTOMER) {
            projection.apply(MetricFacts.customerMessage(message.requestId(), message.postedAt()));
        }
    }
}
