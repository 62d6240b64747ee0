package dev.concierge.bench.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import dev.concierge.bench.benchmarks.ReadModelStore.Position;
import dev.concierge.bench.harness.BenchRun;
import dev.concierge.bench.harness.Benchmark;
import dev.concierge.bench.harness.ProgressBar;
import dev.concierge.bench.harness.Result;
import dev.concierge.bench.load.Outcome;
import dev.concierge.bench.stack.SetupHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The dashboard's queries over 100,000 requests in the read models: p50/p99 of each through
 * projections-service's HTTP API with an admin token, beside the same question asked of the store straight
 * through the MongoDB driver ({@link ReadModelStore}), one query at a time, ours and the store's in turn.
 * The headline is the inbox's first page: ratio = the store's p99 / ours (1.0 = the service adds nothing),
 * goal = the store's p99 / 50 ms, so the ratio reaches the goal exactly when our p99 is at most 50 ms.
 */
public final class DashboardQueries implements Benchmark {

    static final int REQUESTS = 100_000;
    /**
     * Fewer requests for a run that must fit a shorter window (a shared machine's 10-minute stack lock at a high
     * load): {@code CONCIERGE_BENCH_QUERY_REQUESTS}; the run prints how many it used.
     */
    static final String REQUESTS_VARIABLE = "CONCIERGE_BENCH_QUERY_REQUESTS";
    static final int WARM_UP = 1;
    /** Samples per question: up to {@link #SAMPLES}, as many as fit in {@link #BUDGET}, never fewer than {@link #MIN_SAMPLES}. */
    static final int SAMPLES = 20;
    static final int MIN_SAMPLES = 5;
    /**
     * Time for each question, ours and the store's together: a full scan of 100,000 documents takes seconds on
     * the dev stack's store, and the whole run must fit the ten minutes a shared machine's stack lock allows.
     */
    static final Duration BUDGET = Duration.ofSeconds(20);
    static final double LIST_P99_LIMIT_MS = 50;
    private static final Duration PROJECTION_LIMIT = Duration.ofMinutes(8);
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Kolkata");
    /** projections-service's concierge.requests.sla-due-soon default. */
    private static final Duration DUE_SOON = Duration.ofMinutes(15);

    /** One dashboard question: ours through the API, the store's through the driver; {@code sample} counts from 0. */
    interface Probe {
        void ask(int sample) throws Exception;
    }

    record QueryCase(String name, Probe ours, Probe store) {
    }

    /** A query's latencies, ours and the store's, in nanoseconds. */
    record Timings(String name, long[] ours, long[] store) {

        double oursMs(double quantile) {
            return Outcome.quantileMs(ours, quantile);
        }

        double storeMs(double quantile) {
            return Outcome.quantileMs(store, quantile);
        }
    }

    @Override
    public String name() {
        return "query";
    }

    @Override
    public String summary() {
        return "inbox list/filters/pages and analytics over " + REQUESTS + " requests, p50/p99 through the API vs the "
                + "same query straight to the store; goal: list p99 <= " + (int) LIST_P99_LIMIT_MS + " ms";
    }

    @Override
    public Result run(BenchRun run) throws Exception {
        int requests = requests(System.getenv(REQUESTS_VARIABLE));
        ReadModelSeed seed = new ReadModelSeed(String.valueOf(run.seed()), Instant.now(), requests);
        run.out().printf("  writing %d requests (RequestCreated + snapshot each) and waiting for projections-service%n",
                requests);
        long loadStart = System.nanoTime();
        ReadModelLoad.load(run, seed, PROJECTION_LIMIT);
        run.out().printf("  the read models took the %d requests in %.0f s%n", requests, (System.nanoTime() - loadStart) / 1e9);
        run.out().printf("  store: the dev stack's MongoDB-wire server (mongo-java-server, H2 backend) at %s; it ignores "
                + "non-unique indexes, so every filtered or sorted query scans the whole collection%n", run.stack().mongo());

        SetupHttp http = new SetupHttp();
        String admin = http.post(run.stack().ingest() + "/v1/auth/login", null,
                Map.of("email", "admin@concierge.local", "password", adminPassword()), 200).path("accessToken").asText();
        List<Timings> timings = new ArrayList<>();
        try (MongoClient mongo = MongoClients.create(run.stack().mongo())) {
            ReadModelStore store = new ReadModelStore(mongo.getDatabase(ReadModelStore.DATABASE));
            List<QueryCase> cases = cases(new Api(http, run.stack().projections(), admin), store);
            AtomicInteger done = new AtomicInteger();
            Duration planned = BUDGET.multipliedBy(cases.size());
            try (ProgressBar bar = ProgressBar.start(run.out(), "query: ask", planned,
                    () -> done.get() + " questions asked (ours and the store's), at most " + planned.toSeconds() + " s")) {
                for (QueryCase queryCase : cases) {
                    timings.add(measure(queryCase, done));
                }
            }
        }
        run.out().printf("  %-20s %7s %10s %10s %12s %12s%n", "query", "samples", "ours p50", "ours p99", "store p50",
                "store p99");
        for (Timings t : timings) {
            run.out().printf("  %-20s %7d %7.1f ms %7.1f ms %9.1f ms %9.1f ms%n", t.name(), t.ours().length, t.oursMs(0.5),
                    t.oursMs(0.99), t.storeMs(0.5), t.storeMs(0.99));
        }
        run.out().println("  (with 20 samples or fewer, p99 is the slowest sample)");
        return result(name(), timings.get(0));
    }

    /** {@link #REQUESTS} unless the environment asks for another positive number. */
    static int requests(String fromEnvironment) {
        if (fromEnvironment == null || fromEnvironment.isBlank()) {
            return REQUESTS;
        }
        int asked = Integer.parseInt(fromEnvironment.trim());
        if (asked <= 0) {
            throw new IllegalArgumentException(REQUESTS_VARIABLE + " must be positive, was " + asked);
        }
        return asked;
    }

    /** The headline: the inbox's first page (see the class comment for ratio and goal). */
    static Result result(String name, Timings list) {
        double ours = list.oursMs(0.99);
        double store = list.storeMs(0.99);
        return new Result(name, ours, store, "ms p99", ours > 0 ? store / ours : 0, store / LIST_P99_LIMIT_MS);
    }

    private static Timings measure(QueryCase queryCase, AtomicInteger done) throws Exception {
        List<Long> ours = new ArrayList<>();
        List<Long> store = new ArrayList<>();
        long deadline = System.nanoTime() + BUDGET.toNanos();
        for (int sample = 0; sample < WARM_UP + SAMPLES; sample++) {
            if (ours.size() >= MIN_SAMPLES && System.nanoTime() > deadline) {
                break;
            }
            long oursNanos = timed(queryCase.ours(), sample);
            long storeNanos = timed(queryCase.store(), sample);
            if (sample >= WARM_UP) {
                ours.add(oursNanos);
                store.add(storeNanos);
            }
            done.incrementAndGet();
        }
        return new Timings(queryCase.name(), ours.stream().mapToLong(Long::longValue).toArray(),
                store.stream().mapToLong(Long::longValue).toArray());
    }

    private static long timed(Probe probe, int sample) throws Exception {
        long start = System.nanoTime();
        probe.ask(sample);
        return System.nanoTime() - start;
    }

    /** The inbox's first page, its filters, pages deep behind a cursor, and the analytics of uncached periods. */
    private static List<QueryCase> cases(Api api, ReadModelStore store) {
        Bson all = new Document();
        List<QueryCase> cases = new ArrayList<>();
        cases.add(new QueryCase("list", s -> api.page(""), s -> store.page(all, all, null)));
        Bson statuses = Filters.in("status", List.of("SOURCING", "QUOTED"));
        cases.add(new QueryCase("status", s -> api.page("&status=SOURCING&status=QUOTED"), s -> store.page(statuses, all, null)));
        Bson agent = Filters.eq("agentId", "agt_bench-3");
        cases.add(new QueryCase("agent", s -> api.page("&agentId=agt_bench-3"), s -> store.page(agent, agent, null)));
        Bson category = Filters.eq("category", "dairy");
        cases.add(new QueryCase("category", s -> api.page("&category=dairy"), s -> store.page(category, category, null)));
        cases.add(new QueryCase("sla due-soon", s -> api.page("&sla=due-soon"), s -> {
            Bson dueSoon = dueSoon(Instant.now());
            store.page(dueSoon, dueSoon, null);
        }));
        cases.add(textCase(api, store));
        cases.add(deepPages(api, store, all));
        LocalDate today = LocalDate.now(BUSINESS_ZONE);
        LocalDate first = today.minusDays(ReadModelSeed.DAYS - 1L);
        // every sample a period not asked before: the service caches an answer until a metric changes
        cases.add(new QueryCase("analytics summary",
                s -> api.get("/v1/analytics/summary?from=" + first + "&to=" + today.minusDays(s)),
                s -> store.metricsOfPeriod(startOf(first), startOf(today.minusDays(s - 1L)))));
        cases.add(new QueryCase("analytics daily",
                s -> api.get("/v1/analytics/daily?from=" + first + "&to=" + today.minusDays(s)),
                s -> store.metricsOfPeriod(startOf(first), startOf(today.minusDays(s - 1L)))));
        return cases;
    }

    private static QueryCase textCase(Api api, ReadModelStore store) {
        List<String> ids = new ArrayList<>();
        api.page("&q=paracetamol").path("items").forEach(item -> ids.add(item.path("requestId").asText()));
        Bson tokens = Filters.all("searchTokens", store.commonSearchTokens(ids));
        return new QueryCase("text", s -> api.page("&q=paracetamol"), s -> store.page(tokens, tokens, null));
    }

    /** Page after page of the whole inbox behind the cursor the previous page returned: page 2, 3, … */
    private static QueryCase deepPages(Api api, ReadModelStore store, Bson all) {
        String[] cursor = {api.page("").path("nextCursor").asText()};
        Position[] position = {store.page(all, all, null)};
        return new QueryCase("pages 2.. (cursor)",
                s -> cursor[0] = api.page("&cursor=" + URLEncoder.encode(cursor[0], StandardCharsets.UTF_8)).path("nextCursor").asText(),
                s -> position[0] = store.page(all, all, position[0]));
    }

    /** Not breached, and the next SLA deadline within the due-soon window. */
    private static Bson dueSoon(Instant now) {
        return Filters.and(Filters.ne("slaBreached", true), Filters.gt("slaDueAt", Date.from(now)),
                Filters.lte("slaDueAt", Date.from(now.plus(DUE_SOON))));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(BUSINESS_ZONE).toInstant();
    }

    private static String adminPassword() {
        String fromEnvironment = System.getenv("CONCIERGE_ADMIN_PASSWORD");
        return fromEnvironment == null || fromEnvironment.isBlank() ? "concierge-admin" : fromEnvironment;
    }

    /** projections-service's query API, as the dashboard calls it. */
    private record Api(SetupHttp http, String base, String token) {

        JsonNode page(String filters) {
            return get("/v1/requests?limit=" + ReadModelStore.PAGE + filters);
        }

        JsonNode get(String path) {
            return http.get(base + path, token, 200);
        }
    }
}
