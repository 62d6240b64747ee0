package dev.concierge.bench.benchmarks;

import dev.concierge.bench.harness.BenchRun;
import dev.concierge.bench.harness.Benchmark;
import dev.concierge.bench.harness.Result;
import dev.concierge.bench.kafka.BareFront;
import dev.concierge.bench.kafka.ToolOutput.ProducerFigures;
import dev.concierge.bench.load.Call;
import dev.concierge.bench.load.ClosedLoop;
import dev.concierge.bench.load.Outcome;
import dev.concierge.bench.load.Workload;
import dev.concierge.bench.stack.Customers.Customer;
import dev.concierge.bench.stack.SetupHttp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chat messages accepted per second through {@code POST /v1/requests/{id}/messages} (closed loop, many
 * keep-alive connections, many customers and requests) against ProducerPerformance writing records of the
 * size ours turned out to be, with acks=all, to a scratch topic with as many partitions as
 * {@code chat.messages}.
 */
public final class IngestSingle implements Benchmark {

    static final String TOPIC = "chat.messages";
    static final String BASELINE_TOPIC = "bench.ingest-baseline";
    static final String FLOOR_TOPIC = "bench.ingest-floor";
    static final double GOAL = 0.15;
    /** As many event loops as the machine has cores, the most a front on it can use. */
    private static final int FLOOR_EVENT_LOOPS = Runtime.getRuntime().availableProcessors();
    private static final int CONNECTIONS = 256;
    /**
     * Long enough for ingest-api's JIT to finish the write path: after 10 s its compiler threads still took a quarter
     * of its CPU in the measured window (0.33 of 1.25 cores, 2026-12-01 10:36 run, a quiet machine), which the
     * baseline's JVM, past its 100 k-record warm-up, does not pay; after 30 s on the direct route, still 0.26 of
     * 0.9 cores (2026-12-01 23:19 and 23:28 runs).
     */
    private static final Duration WARM_UP = Duration.ofSeconds(60);
    private static final Duration REACTING_WARM_UP = Duration.ofSeconds(5);
    private static final Duration REACTING_WINDOW = Duration.ofSeconds(10);

    @Override
    public String name() {
        return "ingest-single";
    }

    @Override
    public String summary() {
        return "POST /v1/requests/{id}/messages, accepted/s, vs ProducerPerformance (acks=all, same record size and partitions); goal >= "
                + GOAL;
    }

    @Override
    public Result run(BenchRun run) throws Exception {
        List<Customer> customers = run.customers(IngestLoad.CUSTOMERS, IngestLoad.REQUESTS_EACH);
        Workload messages = new Messages(customers);
        // for honesty, a short window with every service reacting to what is accepted (printed, not recorded)
        Outcome reacting = window(run, messages, name() + " (whole stack)", REACTING_WARM_UP, REACTING_WINDOW);
        run.out().printf("  with the whole stack reacting (printed only, not a results entry): %.0f messages/s, "
                        + "latency p50 %.1f ms, p99 %.1f ms%n",
                reacting.unitsPerSecond(), reacting.latencyMs(0.50), reacting.latencyMs(0.99));
        return IngestLoad.withDownstreamPaused(run, () -> {
            Outcome ours = window(run, messages, name(), WARM_UP, run.measure());
            IngestLoad.report(run, ours, "messages");
            int recordSize = run.broker().averageValueSize(TOPIC, 300);
            run.out().printf("  chat.messages records average %d bytes: the baseline writes records of that size%n", recordSize);
            ProducerFigures baseline = IngestLoad.producerBaseline(run, BASELINE_TOPIC, TOPIC, recordSize);
            floor(run, messages, recordSize, baseline.recordsPerSecond());
            return Result.of(name(), ours.unitsPerSecond(), baseline.recordsPerSecond(), "records/s", GOAL);
        });
    }

    /**
     * The same load against {@link BareFront} (HTTP straight to Kafka, nothing else) on the same broker: what any
     * design of the chat endpoint could reach on this machine. Printed beside the result, not recorded in it.
     */
    private static void floor(BenchRun run, Workload messages, int recordSize, double baselinePerSecond) throws Exception {
        int partitions = run.broker().partitions(TOPIC);
        run.broker().createScratchTopic(FLOOR_TOPIC, partitions);
        try (BareFront.Running front = BareFront.start(run.stack().kafka(), FLOOR_TOPIC, recordSize, FLOOR_EVENT_LOOPS);
                ClosedLoop load = new ClosedLoop("127.0.0.1", front.port(), CONNECTIONS, Duration.ofSeconds(30),
                        run.out())) {
            Outcome floor = load.run("bare HTTP-to-Kafka front (floor)", messages, CONNECTIONS, WARM_UP, run.measure(),
                    front.pidFile().toString());
            run.out().printf("  floor (printed only): a bare HTTP front that only produces, same load, same broker: %.0f messages/s "
                            + "(%.3f of ProducerPerformance), latency p50 %.1f ms, p99 %.1f ms, %.2f ms of its CPU per message "
                            + "(%.2f cores)%n",
                    floor.unitsPerSecond(), floor.unitsPerSecond() / baselinePerSecond, floor.latencyMs(0.50),
                    floor.latencyMs(0.99), floor.serverCpuMsPerUnit(), floor.serverCpuSeconds() / floor.seconds());
        } finally {
            run.broker().deleteTopic(FLOOR_TOPIC);
        }
    }

    private static Outcome window(BenchRun run, Workload messages, String label, Duration warmUp, Duration measure)
            throws Exception {
        return IngestLoad.withCores(run, watch -> {
            try (ClosedLoop load = new ClosedLoop(run.stack().ingestHost(), run.stack().ingestPort(), CONNECTIONS,
                    Duration.ofSeconds(30), run.out())) {
                return load.watching(watch).run(label, messages, CONNECTIONS, warmUp, measure, run.stack().ingestPidFile());
            }
        });
    }

    /** Round robin over every customer's requests: consecutive calls come from different users. */
    static final class Messages implements Workload {

        private final List<Call> calls = new ArrayList<>();

        Messages(List<Customer> customers) {
            byte[] body = SetupHttp.write(Map.of("text", ChatTexts.TEXT)).getBytes(StandardCharsets.UTF_8);
            int most = customers.stream().mapToInt(c -> c.requestIds().size()).max().orElse(0);
            for (int r = 0; r < most; r++) {
                for (Customer customer : customers) {
                    if (r < customer.requestIds().size()) {
                        calls.add(new Call("/v1/requests/" + customer.requestIds().get(r) + "/messages",
                                Map.of("Authorization", "Bearer " + customer.token(), "Content-Type", "application/json"),
                                body));
                    }
                }
            }
        }

        @Override
        public Call next(long sequence) {
            return calls.get((int) (sequence % calls.size()));
        }

        @Override
        public long accepted(int status, byte[] body) {
            return status == 202 ? 1 : 0;
        }
    }
}
