package dev.concierge.enrichment.photo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.concierge.schemas.media.MediaLinkSigner;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ingest-api's signed public media path for tests that run without it: {@code GET
 * /v1/media/{id}/public?expires=…&signature=…} is checked with the same {@link MediaLinkSigner}
 * ingest-api uses (403 for a bad link, 404 for an unknown id, else the bytes). Media are stored with
 * {@code PUT /test/media/{id}}, over HTTP so that a {@code @QuarkusTest} in another class loader can
 * store them too.
 */
public final class IngestMediaStandIn implements AutoCloseable {

    public static final String MEDIA_LINK_KEY = "ZGV2LW9ubHktbWVkaWEtbGluay1rZXktMzItYnl0ZXMhIQ==";

    private final HttpServer server;
    private final MediaLinkSigner signer = MediaLinkSigner.fromBase64Key(MEDIA_LINK_KEY);
    private final Map<String, byte[]> media = new ConcurrentHashMap<>();

    public IngestMediaStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/media/", this::serve);
        server.createContext("/test/media/", this::store);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Stores a medium under {@code mediaId} at the stand-in listening on {@code baseUrl}. */
    public static void upload(String baseUrl, String mediaId, byte[] bytes) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(baseUrl + "/test/media/" + mediaId)).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                    .build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 204) {
                throw new IllegalStateException("the stand-in answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not store " + mediaId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void store(HttpExchange exchange) throws IOException {
        media.put(exchange.getRequestURI().getPath().substring("/test/media/".length()),
                exchange.getRequestBody().readAllBytes());
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!path.endsWith("/public")) {
            answer(exchange, 404, new byte[0]);
            return;
        }
        String mediaId = path.substring("/v1/media/".length(), path.length() - "/public".length());
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (!signer.verify(mediaId, query.get("expires"), query.get("signature"), Instant.now())) {
            answer(exchange, 403, new byte[0]);
            return;
        }
        byte[] bytes = media.get(mediaId);
        answer(exchange, bytes == null ? 404 : 200, bytes == null ? new byte[0] : bytes);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> fields = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return fields;
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
