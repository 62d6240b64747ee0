package dev.concierge.stacktests.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.stacktests.stack.StackAddresses;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** The projections service's query API and live stream ({@code :8080/v1/...}), with the ingest API's tokens. */
public final class ProjectionsApi {

    private final JsonHttp http = new JsonHttp(StackAddresses.PROJECTIONS);

    /** The status {@code GET /v1/requests/{id}} answers this caller (200, or 404 for another's or a missing one). */
    public int requestStatus(String token, String requestId) {
        return http.statusOf("/v1/requests/" + requestId, token);
    }

    /** {@code GET /v1/requests} as this caller: the first page, newest first. */
    public JsonNode requests(String token) {
        return http.get("/v1/requests?limit=100", token, 200);
    }

    /** The status of {@code GET path} as this caller, e.g. 200 once a read model has an agent, 404 before. */
    public int statusOf(String path, String token) {
        return http.statusOf(path, token);
    }

    /** {@code GET path} as this caller, expecting 200. */
    public JsonNode get(String path, String token) {
        return http.get(path, token, 200);
    }

    /** Opens {@code GET /v1/stream} as this caller; every line received is kept. */
    public LiveStream stream(String token) {
        HttpRequest request = HttpRequest.newBuilder(StackAddresses.PROJECTIONS.resolve("/v1/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        LiveStream stream = new LiveStream();
        stream.response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> {
                    response.body().forEach(stream.lines::add);
                    return response;
                });
        return stream;
    }

    /** One open Server-Sent Events connection. */
    public static final class LiveStream implements AutoCloseable {

        private final List<String> lines = new CopyOnWriteArrayList<>();
        private CompletableFuture<HttpResponse<Stream<String>>> response;

        public boolean hasLineWith(String text) {
            return lines.stream().anyMatch(line -> line.contains(text));
        }

        @Override
        public void close() {
            response.cancel(true);
        }
    }
}
