package dev.concierge.outbox.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Stands in for the ingest API, a sender's status-callback URL and a media host: records every request
 * (a form POST with its {@code X-Twilio-Signature}) and answers a POST with 200, or the status a test
 * asked for, and a GET with the file a test placed there, or 404.
 */
public final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Map<String, Served> files = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile int answer = 200;

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void answerWith(int status) {
        answer = status;
    }

    /** Serves {@code bytes} at {@code path} to GET requests; returns the full URL. */
    public String serve(String path, String contentType, byte[] bytes) {
        files.put(path, new Served(contentType, bytes));
        return baseUrl() + path;
    }

    /** The first request matching, waiting up to {@code timeout} for it to arrive. */
    public Received await(Predicate<Received> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (received) {
            while (true) {
                for (Received request : received) {
                    if (matching.test(request)) {
                        return request;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no matching webhook within " + timeout + "; received: " + received);
                }
                received.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Everything received so far that matches, in arrival order. */
    public List<Received> all(Predicate<Received> matching) {
        synchronized (received) {
            return received.stream().filter(matching).toList();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("X-Twilio-Signature"),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), form(body));
        synchronized (received) {
            received.add(request);
            received.notifyAll();
        }
        if (!"GET".equals(request.method())) {
            exchange.sendResponseHeaders(answer, -1);
        } else if (files.containsKey(request.path())) {
            Served file = files.get(request.path());
            exchange.getResponseHeaders().set("Content-Type", file.contentType());
            exchange.sendResponseHeaders(200, file.bytes().length);
            exchange.getResponseBody().write(file.bytes());
        } else {
            exchange.sendResponseHeaders(404, -1);
        }
        exchange.close();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public record Received(String method, String path, String signature, String authorization, String contentType,
            Map<String, String> params) {
    }

    private record Served(String contentType, byte[] bytes) {
    }
}
