package dev.concierge.projections.agents.messaging;

import dev.concierge.projections.agents.application.AgentProjection;
import dev.concierge.projections.ordering.FactOrder;
import dev.concierge.projections.readmodel.KnownEvents;
import dev.concierge.projections.readmodel.RecordSink;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Records of {@code agents.events} (the directory and presence, in {@link FactOrder}) and {@code requests.events}
 * (assignments, closes and ratings) applied to the agents read model, the same way live and in a rebuild.
 */
public final class AgentRecords implements RecordSink {

    private final AgentProjection projection;
    private final EventCodec codec;

    public AgentRecords(AgentProjection projection, EventCodec codec) {
        this.projection = projection;
        this.codec = codec;
    }

    @Override
    public void apply(ConsumerRecord<String, byte[]> record) {
        String topic = record.topic();
        if (topic.equals(Topics.AGENTS_EVENTS.name())) {
            KnownEvents.decode(codec, record.value(), Topics.AGENTS_EVENTS)
                    .ifPresent(event -> projection.directory(event.data(), FactOrder.of(event.time(), event.id())));
        } else if (topic.equals(Topics.REQUESTS_EVENTS.name())) {
            KnownEvents.decode(codec, record.value(), Topics.REQUESTS_EVENTS).ifPresent(event ->
                    projection.requestFact(event.data(), event.time(), FactOrder.of(event.time(), event.id())));
        } else {
            throw new IllegalArgumentException("the agents read model is not built from " + topic);
        }
    }
}
