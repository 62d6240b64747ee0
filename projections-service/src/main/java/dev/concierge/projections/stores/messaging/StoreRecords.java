package dev.concierge.projections.stores.messaging;

import dev.concierge.projections.ordering.FactOrder;
import dev.concierge.projections.readmodel.KnownEvents;
import dev.concierge.projections.readmodel.RecordSink;
import dev.concierge.projections.stores.application.StoreProjection;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Records of {@code stores.events} (the directory, in {@link FactOrder}) and {@code requests.events}
 * (outreach, replies, quotes sent, deliveries, at the fact's envelope time) applied to the stores read
 * model, the same way live and in a rebuild.
 */
public final class StoreRecords implements RecordSink {

    private final StoreProjection projection;
    private final EventCodec codec;

    public StoreRecords(StoreProjection projection, EventCodec codec) {
        this.projection = projection;
        this.codec = codec;
    }

    @Override
    public void apply(ConsumerRecord<String, byte[]> record) {
        String topic = record.topic();
        if (topic.equals(Topics.STORES_EVENTS.name())) {
            KnownEvents.decode(codec, record.value(), Topics.STORES_EVENTS)
                    .ifPresent(event -> projection.directory(event.data(), FactOrder.of(event.time(), event.id())));
        } else if (topic.equals(Topics.REQUESTS_EVENTS.name())) {
            KnownEvents.decode(codec, record.value(), Topics.REQUESTS_EVENTS)
                    .ifPresent(event -> projection.requestFact(event.data(), event.time()));
        } else {
            throw new IllegalArgumentException("the stores read model is not built from " + topic);
        }
    }
}
