package dev.concierge.ingest.shared.messaging;

import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.ingest.shared.application.EventStoreUnavailableException;
import dev.concierge.ingest.shared.application.IdGenerator;
import dev.concierge.ingest.shared.application.PayloadTooLargeException;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Wraps each value in a CloudEvents envelope and completes on the broker's {@code acks=all}
 * acknowledgement, so that a 202 always means "stored". The wait is bounded: the producer's own
 * timeouts (see {@link ProducerSettings}) end a send to a dead broker before {@code ackTimeout}, which
 * only guards the blocking {@link #publish}.
 */
public final class KafkaEventPublisher implements EventPublisher {

    public static final String SOURCE = "ingest-api";
    private static final RecordHeader CONTENT_TYPE = new RecordHeader("content-type",
            CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));

    private final Producer<String, byte[]> producer;
    private final EventCodec codec;
    private final Clock clock;
    private final IdGenerator eventIds;
    private final Duration ackTimeout;
    private final MeterRegistry meters;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public KafkaEventPublisher(Producer<String, byte[]> producer, EventCodec codec, Clock clock, IdGenerator eventIds,
            Duration ackTimeout, MeterRegistry meters) {
        this.producer = producer;
        this.codec = codec;
        this.clock = clock;
        this.eventIds = eventIds;
        this.ackTimeout = ackTimeout;
        this.meters = meters;
    }

    @Override
    public <V> PublishedEvent publish(Topic<V> topic, String key, V data) {
        CompletableFuture<PublishedEvent> stored = publishAsync(topic, key, data).toCompletableFuture();
        try {
            return stored.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventStoreUnavailableException("interrupted while waiting for Kafka", e);
        } catch (TimeoutException e) {
            throw new EventStoreUnavailableException("Kafka did not acknowledge the write to " + topic.name()
                    + " within " + ackTimeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException refusal ? refusal
                    : new EventStoreUnavailableException("Kafka did not acknowledge the write to " + topic.name(), e);
        }
    }

    /**
     * The producer's callback completes the stage on its I/O thread. {@code send} itself may block up to
     * the producer's {@code max.block.ms} when it has no metadata for the topic yet or its buffer is full.
     */
    @Override
    public <V> CompletionStage<PublishedEvent> publishAsync(Topic<V> topic, String key, V data) {
        CloudEvent<V> event = CloudEvent.of(eventIds.next(), SOURCE, clock.instant(), key, data);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(), null, key, codec.encode(event),
                List.of(CONTENT_TYPE));
        CompletableFuture<PublishedEvent> answer = new CompletableFuture<>();
        Timer.Sample sample = Timer.start(meters);
        try {
            producer.send(record, (stored, failure) -> {
                if (failure == null) {
                    sample.stop(produceTimer(topic, "acked"));
                    answer.complete(new PublishedEvent(event.id(), stored.topic(), stored.partition(), stored.offset()));
                } else {
                    sample.stop(produceTimer(topic, "failed"));
                    answer.completeExceptionally(refusal(topic, record, failure));
                }
            });
        } catch (KafkaException e) {
            sample.stop(produceTimer(topic, "failed"));
            answer.completeExceptionally(refusal(topic, record, e));
        }
        return answer;
    }

    private static RuntimeException refusal(Topic<?> topic, ProducerRecord<String, byte[]> record, Throwable cause) {
        if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException) {
            // the broker is fine; this one write can never be stored, so retrying (503) would not help
            return new PayloadTooLargeException("the write is too large to store (" + record.value().length
                    + " bytes as an event); shorten the longest fields");
        }
        return new EventStoreUnavailableException(
                "Kafka did not acknowledge the write to " + topic.name() + ": " + cause.getMessage(), cause);
    }

    /** Built once per topic and outcome: registering looks the meter up by its tags, too dear for every send. */
    private Timer produceTimer(Topic<?> topic, String outcome) {
        return timers.computeIfAbsent(topic.name() + "|" + outcome, ignored -> Timer.builder("concierge.ingest.kafka.produce")
                .description("Time from send to broker acknowledgement (acks=all)")
                .tag("topic", topic.name())
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(meters));
    }
}
