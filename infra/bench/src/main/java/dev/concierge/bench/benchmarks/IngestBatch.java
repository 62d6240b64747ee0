package dev.concierge.bench.benchmarks;

import dev.concierge.bench.harness.BenchRun;
import dev.concierge.bench.harness.Benchmark;
import dev.concierge.bench.harness.Result;
import dev.concierge.bench.kafka.ToolOutput.ProducerFigures;
import dev.concierge.bench.load.Call;
import dev.concierge.bench.load.ClosedLoop;
import dev.concierge.bench.load.Outcome;
import dev.concierge.bench.load.Workload;
import dev.concierge.bench.stack.Customers.Customer;
import dev.concierge.bench.stack.SetupHttp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Chat messages accepted per second through {@code POST /v1/events:batch}: NDJSON batches of 1000
 * {@code PostMessage} lines, each with its own {@code clientEventId} as an offline app sends them, a few
 * batches in flight; against the same ProducerPerformance baseline as {@link IngestSingle}.
 */
public final class IngestBatch implements Benchmark {

    static final double GOAL = 0.60;
    static final int LINES = 1000;
    private static final int IN_FLIGHT = 4;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    /** ingest-api writes a batch's lines one after another: a thousand of them take seconds, more on a busy machine. */
    private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(2);

    @Override
    public String name() {
        return "ingest-batch";
    }

    @Override
    public String summary() {
        return "POST /v1/events:batch (NDJSON, " + LINES + " PostMessage lines), accepted lines/s, vs ProducerPerformance; goal >= " + GOAL;
    }

    @Override
    public Result run(BenchRun run) throws Exception {
        List<Customer> customers = run.customers(IngestLoad.CUSTOMERS, IngestLoad.REQUESTS_EACH);
        return IngestLoad.withDownstreamPaused(run, () -> {
            Outcome ours = IngestLoad.withCores(run, watch -> {
                try (ClosedLoop load = new ClosedLoop(run.stack().ingestHost(), run.stack().ingestPort(), IN_FLIGHT,
                        BATCH_TIMEOUT, run.out())) {
                    return load.watching(watch).run(name(), new Batches(customers, run.seed()), IN_FLIGHT, WARM_UP, run.measure(),
                            run.stack().ingestPidFile());
                }
            });
            IngestLoad.report(run, ours, "lines");
            int recordSize = run.broker().averageValueSize(IngestSingle.TOPIC, 300);
            ProducerFigures baseline = IngestLoad.producerBaseline(run, IngestSingle.BASELINE_TOPIC, IngestSingle.TOPIC, recordSize);
            return Result.of(name(), ours.unitsPerSecond(), baseline.recordsPerSecond(), "records/s", GOAL);
        });
    }

    /** Each batch is one customer's: {@value #LINES} messages spread over that customer's requests. */
    static final class Batches implements Workload {

        private final List<Customer> customers;
        private final long seed;

        Batches(List<Customer> customers, long seed) {
            this.customers = customers;
            this.seed = seed;
        }

        @Override
        public Call next(long sequence) {
            Customer customer = customers.get((int) (sequence % customers.size()));
            StringBuilder ndjson = new StringBuilder(LINES * 300);
            for (int line = 0; line < LINES; line++) {
                ndjson.append(SetupHttp.write(Map.of(
                        "clientEventId", "bench-" + seed + "-" + sequence + "-" + line,
                        "op", "PostMessage",
                        "requestId", customer.requestIds().get(line % customer.requestIds().size()),
                        "body", Map.of("text", ChatTexts.TEXT)))).append('\n');
            }
            return new Call("/v1/events:batch", Map.of("Authorization", "Bearer " + customer.token(),
                    "Content-Type", "application/x-ndjson"), ndjson.toString().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public long accepted(int status, byte[] body) {
            return status == 200 ? SetupHttp.read(body).path("accepted").asLong() : 0;
        }
    }
}
