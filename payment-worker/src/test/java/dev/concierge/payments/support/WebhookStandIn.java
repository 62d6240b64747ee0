package dev.concierge.payments.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Stands in for ingest-api's {@code POST /v1/webhooks/razorpay} in the worker's tests: records every
 * delivery (raw body bytes and the Razorpay headers) and answers 200, or the statuses queued with
 * {@link #answerNext(int)}. One per test JVM; tests tell their deliveries apart by the link's ids.
 */
public final class WebhookStandIn {

    public static final String PATH = "/v1/webhooks/razorpay";

    private static WebhookStandIn shared;

    /** One delivery as received. */
    public record Received(String body, String signature, String eventId, String contentType) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();

    private WebhookStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(PATH, this::receive);
        server.start();
    }

    public static synchronized WebhookStandIn shared() {
        if (shared == null) {
            try {
                shared = new WebhookStandIn();
            } catch (IOException e) {
                throw new IllegalStateException("could not start the webhook stand-in", e);
            }
        }
        return shared;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** The next delivery is answered with this status (e.g. 503, as ingest-api answers without its broker). */
    public void answerNext(int status) {
        statuses.add(status);
    }

    /** Deliveries whose body mentions {@code id} (a link, order or payment id). */
    public List<Received> about(String id) {
        return received.stream().filter(r -> r.body().contains("\"" + id + "\"")).toList();
    }

    /** Waits (bounded) until the deliveries about {@code id} satisfy {@code until}. */
    public List<Received> await(String id, Predicate<List<Received>> until) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!until.test(about(id))) {
            assertThat(System.nanoTime()).as("webhooks about %s reached the stand-in; has %s", id, about(id))
                    .isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return about(id);
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(body, exchange.getRequestHeaders().getFirst("X-Razorpay-Signature"),
                exchange.getRequestHeaders().getFirst("X-Razorpay-Event-Id"),
                exchange.getRequestHeaders().getFirst("Content-Type")));
        Integer queued = statuses.poll();
        int status = queued != null ? queued : 200;
        byte[] answer = (status == 200 ? "{\"result\":\"STORED\"}" : "{\"title\":\"Service Unavailable\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }
}
