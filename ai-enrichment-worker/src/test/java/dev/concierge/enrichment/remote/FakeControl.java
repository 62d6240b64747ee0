package dev.concierge.enrichment.remote;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The control side of a provider fake, over HTTP so that a {@code @QuarkusTest} in another class
 * loader can use it: {@code PUT /test/{name}} stores a setting (the fake reads it on each call),
 * {@code GET /test/{name}} reads one back (the fake records what it saw, e.g. {@code calls}).
 */
public final class FakeControl implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> values = new ConcurrentHashMap<>();

    public FakeControl(Consumer<HttpServer> moreContexts) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/test/", this::control);
        moreContexts.accept(server);
        // a fake told to be slow still sleeps on one thread while the next test sets it up on another
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String get(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    public void set(String name, String value) {
        values.put(name, value);
    }

    public int increment(String name) {
        return Integer.parseInt(values.merge(name, "1", (old, one) -> String.valueOf(Integer.parseInt(old) + 1)));
    }

    /** Sets {@code name} at the fake whose control is at {@code baseUrl}. */
    public static void put(String baseUrl, String name, String value) {
        send(HttpRequest.newBuilder(URI.create(baseUrl + "/test/" + name))
                .PUT(HttpRequest.BodyPublishers.ofString(value)).build());
    }

    /** Reads {@code name} from the fake whose control is at {@code baseUrl} (empty when never set). */
    public static String read(String baseUrl, String name) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/test/" + name)).GET().build());
    }

    private static String send(HttpRequest request) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the fake's control answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("the fake's control is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void control(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/test/".length());
        if (exchange.getRequestMethod().equals("PUT")) {
            values.put(name, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        }
        answer(exchange, 200, values.getOrDefault(name, ""));
    }

    public static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
