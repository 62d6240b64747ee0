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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Wraps each value in a CloudEvents envelope and waits for the broker's {@code acks=all}
 * acknowledgement, so that a 202 always means "stored". The wait is bounded: the producer's own
 * timeouts (see {@link ProducerSettings}) end a send to a dead broker before {@code ackTimeout}.
 */
public final class KafkaEventPublisher implements EventPublisher {

    public static final String SOURCE = "ingest-api";
    /** Well inside the producer's {@code metadata.max.idle.ms} (5 minutes, the default, not changed). */
    private static final Duration METADATA_SURELY_HELD = Duration.ofMinutes(4);
    private static final RecordHeader CONTENT_TYPE = new RecordHeader("content-type",
            CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));

    private final Producer<String, byte[]> producer;
    private final EventCodec codec;
    private final Clock clock;
    private final IdGenerator eventIds;
    private final Duration ackTimeout;
    private final MeterRegistry meters;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    /** When a send to each topic was last acknowledged: the producer then surely holds its metadata. */
    private final Map<String, Instant> lastAcks = new ConcurrentHashMap<>();
    private final Executor blockingSends;

    public KafkaEventPublisher(Producer<String, byte[]> producer, EventCodec codec, Clock clock, IdGenerator eventIds,
            Duration ackTimeout, MeterRegistry meters, Executor blockingSends) {
        this.blockingSends = blockingSends;
        this.producer = producer;
        this.codec = codec;
        this.clock = clock;
        this.eventIds = eventIds;
        this.ackTimeout = ackTimeout;
        this.meters = meters;
    }

    @Override
    public <V> PublishedEvent publish(Topic<V> topic, String key, V data) {
        CloudEvent<V> event = CloudEvent.of(eventIds.next(), SOURCE, clock.instant(), key, data);
        ProducerRecord<String, byte[]> record = recordOf(topic, key, event);
        Timer.Sample sample = Timer.start(meters);
        try {
            RecordMetadata stored = producer.send(record).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return acked(topic, event, stored, sample);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sample.stop(produceTimer(topic, "failed"));
            throw new EventStoreUnavailableException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw refused(topic, record, sample, e instanceof ExecutionException ? e.getCause() : e);
        }
    }

    /**
     * Sends from the calling thread and completes from the producer's callback (on Kafka's I/O thread),
     * so no thread waits for the broker. {@code send} itself blocks only to fetch the metadata of a
     * topic the producer does not hold (up to {@code max.block.ms}): that happens when no send to the
     * topic was acknowledged for a while (the producer forgets an idle topic after
     * {@code metadata.max.idle.ms}, 5 minutes), and such a send is handed to {@code blockingSends}
     * instead, so an event-loop caller is never blocked, not even while the broker is away.
     */
    @Override
    public <V> CompletionStage<PublishedEvent> publishAsync(Topic<V> topic, String key, V data) {
        CloudEvent<V> event = CloudEvent.of(eventIds.next(), SOURCE, clock.instant(), key, data);
        ProducerRecord<String, byte[]> record = recordOf(topic, key, event);
        CompletableFuture<PublishedEvent> answer = new CompletableFuture<>();
        Runnable send = () -> {
            Timer.Sample sample = Timer.start(meters);
            try {
                producer.send(record, (stored, failure) -> {
                    if (failure == null) {
                        answer.complete(acked(topic, event, stored, sample));
                    } else {
                        answer.completeExceptionally(refused(topic, record, sample, failure));
                    }
                });
            } catch (RuntimeException e) {
                // refused before it was sent (no metadata within max.block.ms, a closed producer)
                answer.completeExceptionally(refused(topic, record, sample, e));
            }
        };
        if (metadataHeld(topic)) {
            send.run();
        } else {
            blockingSends.execute(send);
        }
        // the producer's own timeouts end a send first; this only guards against one that outlives them
        return answer.orTimeout(ackTimeout.toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose(failure ->
                failure instanceof TimeoutException ? CompletableFuture.failedFuture(new EventStoreUnavailableException(
                        "Kafka did not acknowledge the write to " + topic.name() + " in time", failure))
                        : CompletableFuture.failedFuture(failure));
    }

    private <V> ProducerRecord<String, byte[]> recordOf(Topic<V> topic, String key, CloudEvent<V> event) {
        return new ProducerRecord<>(topic.name(), null, key, codec.encode(event), List.of(CONTENT_TYPE));
    }

    private boolean metadataHeld(Topic<?> topic) {
        Instant acked = lastAcks.get(topic.name());
        return acked != null && acked.isAfter(clock.instant().minus(METADATA_SURELY_HELD));
    }

    private PublishedEvent acked(Topic<?> topic, CloudEvent<?> event, RecordMetadata stored, Timer.Sample sample) {
        sample.stop(produceTimer(topic, "acked"));
        lastAcks.put(topic.name(), clock.instant());
        return new PublishedEvent(event.id(), stored.topic(), stored.partition(), stored.offset());
    }

    private RuntimeException refused(Topic<?> topic, ProducerRecord<String, byte[]> record, Timer.Sample sample,
            Throwable cause) {
        sample.stop(produceTimer(topic, "failed"));
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
