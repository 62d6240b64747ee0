package dev.concierge.bench.benchmarks;

import dev.concierge.bench.benchmarks.E2eLatency.Measured;
import dev.concierge.bench.harness.BenchRun;
import dev.concierge.bench.harness.Benchmark;
import dev.concierge.bench.harness.Result;
import dev.concierge.bench.load.Call;
import dev.concierge.bench.load.OpenLoop;
import dev.concierge.bench.load.Outcome;
import dev.concierge.bench.load.Workload;
import dev.concierge.bench.stack.Customers.Customer;
import dev.concierge.bench.stack.LiveStream;
import dev.concierge.bench.stack.SetupHttp;
import dev.concierge.bench.stack.Staff;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How long a customer's chat message takes from ingest-api's 202 to its push on projections-service's live
 * stream ({@code GET /v1/stream}, an admin's stream, which sees every request's changes), at offered loads of
 * 50, 200 and 1000 messages a second (open loop: sent on schedule whatever the answers), against Kafka's
 * {@code EndToEndLatency} on the same broker (see {@link E2eLatency} for the goal and the ratio).
 */
public final class E2eChat implements Benchmark {

    static final int[] OFFERED_PER_SECOND = {50, 200, 1000};
    private static final Duration WINDOW = Duration.ofSeconds(10);
    private static final int WARM_UP_PER_SECOND = 20;
    private static final Duration WARM_UP = Duration.ofSeconds(5);

    @Override
    public String name() {
        return "e2e-chat";
    }

    @Override
    public String summary() {
        return "202 of a chat message -> its SSE push, p50/p99/p99.9 at 50/200/1000 offered/s (open loop), vs "
                + "EndToEndLatency (acks=all, same record size); goal p99 <= 5 x Kafka's p99 + 20 ms";
    }

    /** The load furthest from its goal; {@code ./concierge bench} records every load ({@link #runAll}). */
    @Override
    public Result run(BenchRun run) throws Exception {
        return E2eLatency.worst(runAll(run));
    }

    @Override
    public List<Result> runAll(BenchRun run) throws Exception {
        List<Customer> customers = run.customers(IngestLoad.CUSTOMERS, IngestLoad.REQUESTS_EACH);
        String admin = Staff.adminToken(run.stack());
        // a first, slow load warms the connections and both services' code paths; its figures are dropped
        measure(run, customers, admin, run.seed() * 10, WARM_UP_PER_SECOND, WARM_UP, "e2e-chat warm-up");
        List<Measured> measured = new ArrayList<>();
        for (int i = 0; i < OFFERED_PER_SECOND.length; i++) {
            int rate = OFFERED_PER_SECOND[i];
            E2eLatency.settle(run, "e2e-chat " + rate + "/s");
            Measured load = measure(run, customers, admin, run.seed() * 10 + i + 1, rate, WINDOW,
                    "e2e-chat " + rate + "/s");
            E2eLatency.print(run, load, "push");
            measured.add(load);
        }
        return E2eLatency.results(run, name(), measured, E2eLatency.kafkaBaseline(run, IngestSingle.TOPIC));
    }

    private Measured measure(BenchRun run, List<Customer> customers, String admin, long runId, int perSecond,
            Duration window, String label) throws Exception {
        ArrivalLatencies pushes = new ArrivalLatencies();
        LiveStream.Listener listener = (json, readNanos) -> {
            String sequence = ChatMarkers.pushedSequence(json, runId);
            if (sequence != null) {
                pushes.arrived(sequence, readNanos);
            }
        };
        try (LiveStream stream = LiveStream.open(run.stack().projections(), admin, listener, Duration.ofSeconds(30));
                OpenLoop load = new OpenLoop(run.stack().ingestHost(), run.stack().ingestPort(), E2eLatency.CONNECTIONS,
                        E2eLatency.CALL_TIMEOUT, run.out())) {
            Outcome calls = load.run(label, new MarkedMessages(customers, runId), perSecond, window,
                    (sequence, due, status, body, answered) -> {
                        if (status == 202) {
                            pushes.accepted(Long.toString(sequence), due, answered);
                        }
                    });
            E2eLatency.awaitArrivals(run, pushes, calls.acceptedUnits(), label, "pushes");
            return new Measured(perSecond, calls, pushes.figures());
        }
    }

    /** ingest-single's round robin over every customer's requests, each message's text carrying its own marker. */
    static final class MarkedMessages implements Workload {

        private final IngestSingle.Messages targets;
        private final long runId;

        MarkedMessages(List<Customer> customers, long runId) {
            this.targets = new IngestSingle.Messages(customers);
            this.runId = runId;
        }

        @Override
        public Call next(long sequence) {
            Call target = targets.next(sequence);
            String text = ChatTexts.TEXT + " " + ChatMarkers.marker(runId, sequence);
            return new Call(target.uri(), target.headers(),
                    SetupHttp.write(Map.of("text", text)).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public long accepted(int status, byte[] body) {
            return targets.accepted(status, body);
        }
    }
}
