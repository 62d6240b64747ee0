package dev.concierge.projections.customers.messaging;

import dev.concierge.projections.customers.application.CustomerReadModel;
import dev.concierge.projections.readmodel.RecordSink;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.customers.CustomerEvent;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Records of {@code customers.events} applied to the {@code customers} read model, the same way for the
 * live consumer and for a rebuild. The envelope's time and id order a customer's events, so a replayed
 * or redelivered one changes nothing.
 */
public final class CustomerRecords implements RecordSink {

    private final CustomerReadModel readModel;
    private final EventCodec codec;

    public CustomerRecords(CustomerReadModel readModel, EventCodec codec) {
        this.readModel = readModel;
        this.codec = codec;
    }

    @Override
    public void apply(ConsumerRecord<String, byte[]> record) {
        if (!record.topic().equals(Topics.CUSTOMERS_EVENTS.name())) {
            throw new IllegalArgumentException("the customers read model is not built from " + record.topic());
        }
        if (record.value() == null) {
            throw new MalformedEventException("a customers.events record has no value", "", null);
        }
        CloudEvent<CustomerEvent> event = codec.decode(record.value(), Topics.CUSTOMERS_EVENTS);
        readModel.apply(event.data().customerId(), event.id(), event.time(), event.data());
    }
}
