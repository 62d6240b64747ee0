package dev.concierge.projections.requests.messaging;

import dev.concierge.projections.readmodel.RecordSink;
import dev.concierge.projections.requests.application.RequestProjection;
import dev.concierge.projections.requests.domain.ReadReceipt;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.chat.ChatEvent;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.chat.ChatEvent.MessagesRead;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Records of {@code requests.state}, {@code requests.events} and {@code chat.messages} applied to the
 * requests read model, the same way for the live consumers and for a rebuild.
 */
public final class RequestRecords implements RecordSink {

    private final RequestProjection projection;
    private final EventCodec codec;
    private final TimelineEntryReader timeline;

    public RequestRecords(RequestProjection projection, EventCodec codec, TimelineEntryReader timeline) {
        this.projection = projection;
        this.codec = codec;
        this.timeline = timeline;
    }

    @Override
    public void apply(ConsumerRecord<String, byte[]> record) {
        String topic = record.topic();
        if (topic.equals(Topics.REQUESTS_STATE.name())) {
            snapshot(record);
        } else if (topic.equals(Topics.REQUESTS_EVENTS.name())) {
            projection.fact(timeline.read(record.value(), record.partition(), record.offset()));
        } else if (topic.equals(Topics.CHAT_MESSAGES.name())) {
            message(record);
        } else {
            throw new IllegalArgumentException("the requests read model is not built from " + topic);
        }
    }

    private void snapshot(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            // a compaction tombstone: the processor writes none today, and deleting a read-model row is erasure's job
            return;
        }
        projection.snapshot(codec.decode(record.value(), Topics.REQUESTS_STATE).data(),
                Instant.ofEpochMilli(record.timestamp()));
    }

    private void message(ConsumerRecord<String, byte[]> record) {
        CloudEvent<ChatEvent> event = codec.decode(record.value(), Topics.CHAT_MESSAGES);
        Instant recordTime = Instant.ofEpochMilli(record.timestamp());
        if (event.data() instanceof ChatMessagePosted posted) {
            projection.message(event.id(), posted, recordTime);
        } else if (event.data() instanceof MessagesRead read) {
            projection.read(ReadReceipt.of(event.id(), read), recordTime);
        } else {
            throw new IllegalStateException("no rule for " + event.type() + " on " + Topics.CHAT_MESSAGES.name());
        }
    }
}
