package dev.concierge.bench.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.bench.benchmarks.E2eLatency.Measured;
import dev.concierge.bench.harness.BenchRun;
import dev.concierge.bench.harness.Benchmark;
import dev.concierge.bench.harness.Result;
import dev.concierge.bench.kafka.TopicTail;
import dev.concierge.bench.load.Call;
import dev.concierge.bench.load.OpenLoop;
import dev.concierge.bench.load.Outcome;
import dev.concierge.bench.load.Workload;
import dev.concierge.bench.stack.QuotedRequests;
import dev.concierge.bench.stack.QuotedRequests.Quoted;
import dev.concierge.bench.stack.SetupHttp;
import dev.concierge.bench.stack.Staff;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How long a customer's {@code AcceptQuote} takes from ingest-api's 202 to the simulated gateway's
 * {@code PaymentLinkCreated} on {@code payments.events} (ingest-api → the request processor → payment-worker),
 * at offered loads of 50 and 200 acceptances a second (open loop), against Kafka's {@code EndToEndLatency} on
 * the same broker (see {@link E2eLatency} for the goal and the ratio). Every acceptance needs a request of
 * its own in QUOTED, prepared before the loads; so each load lasts only {@link #SECONDS_EACH} seconds, and the
 * 1000/s load of the chat leg is left out (it would need 2,000 more quoted requests).
 */
public final class E2ePayment implements Benchmark {

    static final int[] OFFERED_PER_SECOND = {50, 200};
    static final int SECONDS_EACH = 2;
    static final String TOPIC = "payments.events";
    static final String LINK_CREATED = "concierge.payment.link-created.v1";
    private static final Duration PREPARE_STEP_LIMIT = Duration.ofMinutes(3);
    /** Fewer quoted requests for a run that must fit a shorter hold of the stack; the loads shrink in proportion. */
    static final String REQUESTS_VARIABLE = "CONCIERGE_BENCH_PAYMENT_REQUESTS";

    @Override
    public String name() {
        return "e2e-payment";
    }

    @Override
    public String summary() {
        return "202 of AcceptQuote -> PaymentLinkCreated on " + TOPIC + ", p50/p99/p99.9 at 50/200 offered/s (open loop), "
                + "vs EndToEndLatency (acks=all, same record size); goal p99 <= 5 x Kafka's p99 + 20 ms";
    }

    /** The load furthest from its goal; {@code ./concierge bench} records every load ({@link #runAll}). */
    @Override
    public Result run(BenchRun run) throws Exception {
        return E2eLatency.worst(runAll(run));
    }

    @Override
    public List<Result> runAll(BenchRun run) throws Exception {
        int needed = 0;
        for (int rate : OFFERED_PER_SECOND) {
            needed += rate * SECONDS_EACH;
        }
        int wanted = toPrepare(System.getenv(REQUESTS_VARIABLE), needed);
        run.out().printf("preparing %d requests in QUOTED (a store, the AI worker's analysis, the admin's quote)%n", wanted);
        List<Quoted> quoted = new QuotedRequests(run.stack(), Staff.adminToken(run.stack()), run.out())
                .prepare(run.customers(IngestLoad.CUSTOMERS, IngestLoad.REQUESTS_EACH), wanted, run.seed(),
                        PREPARE_STEP_LIMIT);
        List<Measured> measured = new ArrayList<>();
        int from = 0;
        for (int rate : OFFERED_PER_SECOND) {
            // a shortfall in preparation shortens each load in proportion rather than dropping the last one
            int count = (int) ((long) quoted.size() * rate * SECONDS_EACH / needed);
            E2eLatency.settle(run, "e2e-payment " + rate + "/s");
            Measured load = measure(run, quoted.subList(from, from + count), rate);
            E2eLatency.print(run, load, "PaymentLinkCreated");
            measured.add(load);
            from += count;
        }
        return E2eLatency.results(run, name(), measured, E2eLatency.kafkaBaseline(run, "requests.commands"));
    }

    /** All the loads need unless the environment asks for fewer (never more). */
    static int toPrepare(String fromEnvironment, int needed) {
        if (fromEnvironment == null || fromEnvironment.isBlank()) {
            return needed;
        }
        return Math.max(1, Math.min(needed, Integer.parseInt(fromEnvironment.trim())));
    }

    private Measured measure(BenchRun run, List<Quoted> requests, int perSecond) throws Exception {
        ArrivalLatencies links = new ArrivalLatencies();
        String label = "e2e-payment " + perSecond + "/s";
        try (TopicTail events = TopicTail.open(run.stack().kafka(), TOPIC, (key, value, readNanos) -> {
            JsonNode event = SetupHttp.read(value);
            if (LINK_CREATED.equals(event.path("type").asText())) {
                links.arrived(event.path("subject").asText(), readNanos);
            }
        }); OpenLoop load = new OpenLoop(run.stack().ingestHost(), run.stack().ingestPort(), E2eLatency.CONNECTIONS,
                E2eLatency.CALL_TIMEOUT, run.out())) {
            Acceptances acceptances = new Acceptances(requests);
            Outcome calls = load.run(label, acceptances, perSecond,
                    Duration.ofMillis(requests.size() * 1000L / perSecond), (sequence, due, status, body, answered) -> {
                        if (status == 202) {
                            links.accepted(acceptances.requestId(sequence), due, answered);
                        }
                    });
            E2eLatency.awaitArrivals(run, links, calls.acceptedUnits(), label, "payment links");
            return new Measured(perSecond, calls, links.figures());
        }
    }

    /** The {@code sequence}-th quoted request's acceptance by its owner; each request is accepted once. */
    static final class Acceptances implements Workload {

        private final List<Quoted> requests;

        Acceptances(List<Quoted> requests) {
            this.requests = requests;
        }

        String requestId(long sequence) {
            return requests.get((int) sequence).requestId();
        }

        @Override
        public Call next(long sequence) {
            Quoted request = requests.get((int) sequence);
            return new Call("/v1/requests/" + request.requestId() + "/commands/AcceptQuote",
                    Map.of("Authorization", "Bearer " + request.customerToken(), "Content-Type", "application/json"),
                    SetupHttp.write(Map.of("quoteId", request.quoteId())).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public long accepted(int status, byte[] body) {
            return status == 202 ? 1 : 0;
        }
    }
}
