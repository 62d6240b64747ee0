package dev.concierge.bench.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against a small real HTTP server that speaks Server-Sent Events the way projections-service does. */
class LiveStreamTest {

    private final Vertx vertx = Vertx.vertx();
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServer() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void returns_after_the_ready_event_and_hands_on_every_data_line_even_when_split_across_chunks() throws Exception {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            if (!"Bearer staff-token".equals(request.getHeader("Authorization"))) {
                request.response().setStatusCode(401).end();
                return;
            }
            request.response().setChunked(true).putHeader("Content-Type", "text/event-stream");
            request.response().write("data:{\"kind\":\"ready\",\"requestId\":null,\"data\":{}}\n\n");
            vertx.setTimer(50, later -> {
                request.response().write("id:run-1\nda");
                request.response().write("ta: {\"kind\":\"message\",\"requestId\":\"req_a\"}\r\n\n");
            });
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join();

        try (LiveStream stream = LiveStream.open("http://127.0.0.1:" + server.actualPort(), "staff-token",
                (json, at) -> seen.add(json), Duration.ofSeconds(10))) {
            assertThat(seen).first().asString().contains("\"kind\":\"ready\"");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (seen.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }

        assertThat(seen).containsExactly("{\"kind\":\"ready\",\"requestId\":null,\"data\":{}}",
                "{\"kind\":\"message\",\"requestId\":\"req_a\"}");
    }

    @Test
    void a_stream_that_refuses_the_token_fails_to_open_and_says_so() {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.response().setStatusCode(401).end())
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join();

        assertThatThrownBy(() -> LiveStream.open("http://127.0.0.1:" + server.actualPort(), "wrong",
                (json, at) -> seen.add(json), Duration.ofSeconds(10)))
                .hasMessageContaining("/v1/stream").hasMessageContaining("401");
        assertThat(seen).isEmpty();
    }

    @Test
    void only_data_lines_carry_json() {
        assertThat(LiveStream.dataOf("data:{\"a\":1}")).isEqualTo("{\"a\":1}");
        assertThat(LiveStream.dataOf("data: {\"a\":1}\r")).isEqualTo("{\"a\":1}");
        assertThat(LiveStream.dataOf("id:run-7")).isNull();
        assertThat(LiveStream.dataOf("")).isNull();
    }
}
