package dev.concierge.projections.readmodel;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Applies one Kafka record to read models; see {@link Projector#into}. */
@FunctionalInterface
public interface RecordSink {

    void apply(ConsumerRecord<String, byte[]> record);
}
