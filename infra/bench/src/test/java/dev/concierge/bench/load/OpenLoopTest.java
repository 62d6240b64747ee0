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
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against a small real HTTP server that takes {@code SERVICE_MS} per call. */
class OpenLoopTest {

    private static final long SERVICE_MS = 20;
    private final Vertx vertx = Vertx.vertx();
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();

    @AfterEach
    void stopServer() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void the_schedule_alone_decides_how_many_calls_go_out_and_when_each_was_due() {
        assertThat(OpenLoop.callsIn(200, Duration.ofMillis(1500))).isEqualTo(300);
        assertThat(OpenLoop.dueNanos(1_000, 0, 200)).isEqualTo(1_000);
        assertThat(OpenLoop.dueNanos(1_000, 3, 200)).isEqualTo(1_000 + 15_000_000);
    }

    @Test
    void sends_every_scheduled_call_and_reports_each_answer_with_the_instant_it_was_due() throws Exception {
        HttpServer server = server();
        List<long[]> answered = new CopyOnWriteArrayList<>();

        Outcome outcome;
        try (OpenLoop load = loop(server, 16)) {
            outcome = load.run("things", workload(), 100, Duration.ofMillis(500),
                    (sequence, due, status, body, at) -> answered.add(new long[] {sequence, due, status, at}));
        }

        assertThat(outcome.transportErrors()).as(outcome.lastTransportError()).isZero();
        assertThat(outcome.callsByStatus()).containsExactly(Map.entry(202, 50L));
        assertThat(outcome.acceptedUnits()).isEqualTo(50);
        assertThat(answered).extracting(a -> a[0]).containsExactlyInAnyOrderElementsOf(
                java.util.stream.LongStream.range(0, 50).boxed().toList());
        long firstDue = answered.stream().filter(a -> a[0] == 0).findFirst().orElseThrow()[1];
        // due times follow the schedule (10 ms apart at 100/s), whenever the calls actually left
        assertThat(answered).allSatisfy(a -> assertThat(a[1] - firstDue).isEqualTo(a[0] * 10_000_000));
        assertThat(answered).allSatisfy(a -> assertThat(a[3] - a[1]).isGreaterThanOrEqualTo(SERVICE_MS * 1_000_000));
        assertThat(outcome.latencyMs(0.5)).isGreaterThanOrEqualTo(SERVICE_MS);
        assertThat(terminal.toString(StandardCharsets.UTF_8)).contains("things").contains("answered of 50");
    }

    @Test
    void a_call_that_waited_for_a_busy_connection_is_late_from_its_scheduled_time_not_from_when_it_left() throws Exception {
        HttpServer server = server();

        Outcome outcome;
        try (OpenLoop load = loop(server, 1)) {
            // 20 calls due within 100 ms through one connection that serves one per 20 ms: they queue
            outcome = load.run("queued", workload(), 200, Duration.ofMillis(100), (sequence, due, status, body, at) -> {
            });
        }

        assertThat(outcome.calls()).isEqualTo(20);
        // the last call was due at 95 ms and could not be answered before 20 × 20 ms had passed
        assertThat(outcome.latencyMs(1.0)).isGreaterThanOrEqualTo(20 * SERVICE_MS - 95);
    }

    private HttpServer server() {
        return vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body ->
                vertx.setTimer(SERVICE_MS, late -> request.response().setStatusCode(202).end("{}"))))
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join();
    }

    private OpenLoop loop(HttpServer server, int connections) {
        return new OpenLoop("127.0.0.1", server.actualPort(), connections, Duration.ofSeconds(30),
                new PrintStream(terminal, true, StandardCharsets.UTF_8));
    }

    private static Workload workload() {
        return new Workload() {
            @Override
            public Call next(long sequence) {
                return new Call("/v1/things/" + sequence, Map.of("Content-Type", "application/json"),
                        "{\"n\":1}".getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public long accepted(int status, byte[] body) {
                return status == 202 ? 1 : 0;
            }
        };
    }
}
