package dev.concierge.projections.transactions.messaging;

import dev.concierge.projections.readmodel.RecordSink;
import dev.concierge.projections.transactions.application.TransactionRecorder;
import dev.concierge.projections.transactions.domain.Transactions;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.MalformedEventException;
import dev.concierge.schemas.envelope.UnknownEventTypeException;
import dev.concierge.schemas.payments.PaymentEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Records of {@code payments.events} kept in {@code transactions}, the same way for the live consumer
 * and a rebuild. A fact of a type this build does not know is skipped; one that cannot be read is dead-lettered.
 */
public final class TransactionRecords implements RecordSink {

    private final TransactionRecorder recorder;
    private final EventCodec codec;

    public TransactionRecords(TransactionRecorder recorder, EventCodec codec) {
        this.recorder = recorder;
        this.codec = codec;
    }

    @Override
    public void apply(ConsumerRecord<String, byte[]> record) {
        if (!record.topic().equals(Topics.PAYMENTS_EVENTS.name())) {
            throw new IllegalArgumentException("transactions are not built from " + record.topic());
        }
        if (record.value() == null) {
            throw new MalformedEventException("a payments.events record has no value", "", null);
        }
        CloudEvent<PaymentEvent> event;
        try {
            event = codec.decode(record.value(), Topics.PAYMENTS_EVENTS);
        } catch (UnknownEventTypeException newerType) {
            return;
        }
        recorder.record(Transactions.from(event.id(), event.time(), event.data()));
    }
}
