package dev.concierge.bench.benchmarks;

import dev.concierge.bench.harness.BenchRun;
import dev.concierge.bench.harness.ProgressBar;
import dev.concierge.bench.kafka.CatchUp;
import dev.concierge.bench.kafka.CatchUp.Reader;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.kafka.CloudEventSerializer;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts the seed's requests into the read models through projections-service's own write path: each request's
 * {@code RequestCreated} on {@code requests.events} and its snapshot on {@code requests.state} (the schemas'
 * serializer, keyed by request id, as the processor writes them), then waits until the consumer groups that
 * build the inbox and the analytics have committed all of them.
 */
final class ReadModelLoad {

    static final String STATE_TOPIC = "requests.state";
    static final String EVENTS_TOPIC = "requests.events";
    /** projections-service's groups whose read models the queries read: the inbox, and the analytics' metrics. */
    static final List<Reader> READ_MODELS = List.of(
            new Reader("projections-service-requests-state", STATE_TOPIC),
            new Reader("projections-service-analytics-requests-events", EVENTS_TOPIC));

    private ReadModelLoad() {
    }

    static void load(BenchRun run, ReadModelSeed seed, Duration limit) throws Exception {
        produce(run, seed);
        CatchUp.await(run.out(), run.broker(), READ_MODELS, limit, "query: project");
    }

    private static void produce(BenchRun run, ReadModelSeed seed) throws InterruptedException {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, run.stack().kafka());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        AtomicLong failed = new AtomicLong();
        AtomicInteger sent = new AtomicInteger();
        try (KafkaProducer<String, CloudEvent<Object>> producer =
                new KafkaProducer<>(props, new StringSerializer(), new CloudEventSerializer<>());
                ProgressBar bar = ProgressBar.start(run.out(), "query: produce", () -> sent.get() / (double) seed.count(),
                        () -> sent.get() + " of " + seed.count() + " requests written")) {
            for (int i = 0; i < seed.count(); i++) {
                String id = seed.requestId(i);
                // the fact at the request's creation time: the analytics count a request on the day it was created
                producer.send(new ProducerRecord<>(EVENTS_TOPIC, id,
                        CloudEvent.of(id + "-created", "bench", seed.createdAt(i), id, seed.created(i))),
                        (metadata, error) -> failed.addAndGet(error == null ? 0 : 1));
                producer.send(new ProducerRecord<>(STATE_TOPIC, id,
                        CloudEvent.of(id + "-v2", "bench", seed.snapshot(i).updatedAt(), id, seed.snapshot(i))),
                        (metadata, error) -> failed.addAndGet(error == null ? 0 : 1));
                sent.incrementAndGet();
            }
            producer.flush();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " records of the " + seed.count() + " requests were not written");
        }
    }
}
