package dev.concierge.bench.benchmarks;

import dev.concierge.bench.harness.BenchRun;
import dev.concierge.bench.harness.Benchmark;
import dev.concierge.bench.harness.Result;
import dev.concierge.bench.kafka.BrokerAdmin;
import dev.concierge.bench.kafka.CatchUp;
import dev.concierge.bench.kafka.CatchUp.Reader;
import dev.concierge.bench.kafka.ToolOutput.ConsumerFigures;
import dev.concierge.schemas.common.Actor;
import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.GeoPoint;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.kafka.CloudEventSerializer;
import dev.concierge.schemas.requests.RequestCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Commands per second through request-stream-processor's topology ({@code exactly_once_v2}): a burst of
 * {@code CreateRequest} commands produced straight to {@code requests.commands}, timed from the first send
 * until the processor's consumer group has committed all of them (lag 0); against ConsumerPerformance
 * reading as many records of the same topic.
 */
public final class ProcessorBurst implements Benchmark {

    static final String TOPIC = "requests.commands";
    static final double GOAL = 0.40;
    static final int BURST = 10_000;
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(4);
    private static final Address ADDRESS = new Address("12 MG Road", null, null, "Bengaluru", "560001",
            new GeoPoint(12.9745, 77.6062));

    @Override
    public String name() {
        return "processor";
    }

    @Override
    public String summary() {
        return "a burst of " + BURST + " CreateRequest drained by the processor (EOS v2) vs ConsumerPerformance on "
                + TOPIC + "; goal >= " + GOAL;
    }

    @Override
    public Result run(BenchRun run) throws Exception {
        double ours = drainRate(run, BURST, name());
        ConsumerFigures baseline = run.baselines().consumerPerformance("ConsumerPerformance", TOPIC, BURST,
                "bench-consumer-" + run.seed(), Duration.ofSeconds(8));
        run.out().printf("  ConsumerPerformance read %d records of %s: %.0f records/s overall (group join included), %.0f/s fetching%n",
                baseline.records(), TOPIC, baseline.recordsPerSecond(), baseline.fetchRecordsPerSecond());
        return Result.of(name(), ours, baseline.recordsPerSecond(), "records/s", GOAL);
    }

    /**
     * Commands per second of a burst of {@code count}: waits until the processor is idle, then times from the
     * first send until its group has committed the whole burst.
     */
    static double drainRate(BenchRun run, int count, String label) throws Exception {
        BrokerAdmin broker = run.broker();
        List<Reader> processor = List.of(new Reader(run.stack().processorGroup(), TOPIC));
        run.out().printf("  waiting for %s to be idle on %s%n", run.stack().processorGroup(), TOPIC);
        CatchUp.await(run.out(), broker, processor, Duration.ofMinutes(2), "processor idle");

        long startNanos = System.nanoTime();
        produceBurst(run, count);
        long produced = System.nanoTime();
        CatchUp.await(run.out(), broker, processor, DRAIN_LIMIT, label);
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double rate = count / seconds;
        run.out().printf("  %d commands produced in %.1f s and drained in %.1f s: %.0f commands/s%n",
                count, (produced - startNanos) / 1e9, seconds, rate);
        return rate;
    }

    /** {@code count} commands as ingest-api would write them for {@code POST /v1/requests}, from many customers. */
    static void produceBurst(BenchRun run, int count) throws InterruptedException {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, run.stack().kafka());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        AtomicLong failed = new AtomicLong();
        Instant now = Instant.now();
        try (KafkaProducer<String, CloudEvent<RequestCommand>> producer =
                new KafkaProducer<>(props, new StringSerializer(), new CloudEventSerializer<>())) {
            for (int i = 0; i < count; i++) {
                String requestId = "req_" + UUID.randomUUID();
                RequestCommand command = new RequestCommand.CreateRequest(requestId, "cus_bench-" + run.seed() + "-" + (i % 500),
                        "Dolo 650 tablet strip #" + i, List.of(), ADDRESS, "medicines-health", Actor.system("bench"));
                producer.send(new ProducerRecord<>(TOPIC, requestId,
                        CloudEvent.of(UUID.randomUUID().toString(), "bench", now, requestId, command)),
                        (metadata, error) -> failed.addAndGet(error == null ? 0 : 1));
            }
            producer.flush();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + count + " commands were not written");
        }
    }
}
