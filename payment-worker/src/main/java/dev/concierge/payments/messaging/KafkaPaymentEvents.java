package dev.concierge.payments.messaging;

import dev.concierge.payments.application.PaymentEventsOut;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.payments.PaymentEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Writes payment facts as CloudEvents keyed by request id and waits for {@code acks=all}; a failure
 * throws, so the consumer that caused the facts retries and its record is not committed.
 */
public final class KafkaPaymentEvents implements PaymentEventsOut {

    public static final String SOURCE = "payment-worker";
    private static final long ACK_WAIT_SECONDS = 10;

    private final Producer<String, byte[]> producer;
    private final EventCodec codec;
    private final Clock clock;
    private final Topic<PaymentEvent> topic;

    public KafkaPaymentEvents(Producer<String, byte[]> producer, EventCodec codec, Clock clock, Topic<PaymentEvent> topic) {
        this.producer = producer;
        this.codec = codec;
        this.clock = clock;
        this.topic = topic;
    }

    @Override
    public void publish(String causeId, List<? extends PaymentEvent> events) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            PaymentEvent event = events.get(i);
            // the id follows from the cause, so a repeated publication repeats the id readers de-duplicate on
            String id = UUID.nameUUIDFromBytes((SOURCE + "|" + causeId + "|" + i).getBytes(StandardCharsets.UTF_8)).toString();
            CloudEvent<PaymentEvent> envelope = CloudEvent.of(id, SOURCE, clock.instant(), event.requestId(), event);
            sent.add(producer.send(new ProducerRecord<>(topic.name(), null, event.requestId(), codec.encode(envelope),
                    List.of(new RecordHeader("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8))))));
        }
        for (Future<RecordMetadata> ack : sent) {
            try {
                ack.get(ACK_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Kafka did not acknowledge a write to " + topic.name() + ": " + e, e);
            }
        }
    }
}
