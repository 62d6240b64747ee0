package dev.concierge.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a small real HTTP server that answers slowly, so that requests overlap. */
class ClosedLoopTest {

    /**
     * Long enough that all the calls in flight overlap at the server even when the machine is so busy that the
     * generator's event loop sends them tens of milliseconds apart (20 ms was not, at a load average of 40).
     */
    private static final long ANSWER_MS = 200;

    private final Vertx vertx = Vertx.vertx();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();
    private HttpServer server;

    @BeforeEach
    void startServer() {
        server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            // every third call is refused, as a rate limiter would
            int status = served.incrementAndGet() % 3 == 0 ? 429 : 202;
            vertx.setTimer(ANSWER_MS, late -> {
                inFlight.decrementAndGet();
                request.response().setStatusCode(status).end(body.length() + " bytes");
            });
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join();
    }

    @AfterEach
    void stopServer() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void keeps_exactly_the_asked_number_of_calls_outstanding_and_counts_only_accepted_answers() throws Exception {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        Workload workload = new Workload() {
            @Override
            public Call next(long sequence) {
                return new Call("/v1/things", Map.of("Content-Type", "application/json"),
                        "{\"n\":1}".getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public long accepted(int status, byte[] body) {
                return status == 202 ? 1 : 0;
            }
        };

        Outcome outcome;
        try (ClosedLoop load = new ClosedLoop("127.0.0.1", server.actualPort(), 8, Duration.ofSeconds(30),
                new PrintStream(terminal, true, StandardCharsets.UTF_8))) {
            outcome = load.run("things", workload, 8, Duration.ofMillis(600), Duration.ofMillis(1200), null);
        }

        assertThat(mostInFlight.get()).isEqualTo(8);
        assertThat(outcome.transportErrors()).as(outcome.lastTransportError()).isZero();
        assertThat(outcome.calls()).isPositive();
        // how many calls fit in the window depends on the machine; what is counted of them does not
        assertThat(outcome.callsByStatus().keySet()).isSubsetOf(202, 429);
        assertThat(outcome.acceptedUnits()).isEqualTo(outcome.callsByStatus().getOrDefault(202, 0L));
        assertThat(outcome.latenciesNanos()).hasSize((int) outcome.calls());
        assertThat(outcome.latencyMs(0.5)).isGreaterThanOrEqualTo((double) ANSWER_MS);
        assertThat(outcome.serverCpuSeconds()).isNaN();
        assertThat(terminal.toString(StandardCharsets.UTF_8)).contains("things warm-up").contains("accepted/s");
    }

    @Test
    void calls_go_to_several_instances_in_turn() throws Exception {
        AtomicInteger servedByOther = new AtomicInteger();
        HttpServer other = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            servedByOther.incrementAndGet();
            vertx.setTimer(ANSWER_MS, late -> request.response().setStatusCode(202).end());
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join();
        Workload workload = new Workload() {
            @Override
            public Call next(long sequence) {
                return new Call("/v1/things", Map.of(), new byte[0]);
            }

            @Override
            public long accepted(int status, byte[] body) {
                return status == 202 ? 1 : 0;
            }
        };

        try (ClosedLoop load = new ClosedLoop("127.0.0.1", List.of(server.actualPort(), other.actualPort()), 8,
                Duration.ofSeconds(30), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            load.run("things", workload, 8, Duration.ofMillis(200), Duration.ofMillis(600), null);
        }

        // both answer equally fast, so each took about half: never more than the calls in flight apart
        assertThat(served.get()).isPositive();
        assertThat(servedByOther.get()).isPositive();
        assertThat(Math.abs(served.get() - servedByOther.get())).isLessThanOrEqualTo(8);
    }
}
