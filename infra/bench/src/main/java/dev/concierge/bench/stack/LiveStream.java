package dev.concierge.bench.stack;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.parsetools.RecordParser;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * projections-service's {@code GET /v1/stream} (Server-Sent Events) read as it arrives: every {@code data:}
 * line goes to a listener with the instant (nanoTime) it was read. A Vert.x client on an event loop of its
 * own, so reading the pushes never waits behind the load generator's sends.
 */
public final class LiveStream implements AutoCloseable {

    /** Told of every data line of the stream, on the stream's event loop. */
    public interface Listener {

        void data(String json, long readNanos);
    }

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    private final HttpClient client;

    private LiveStream(URI base) {
        this.client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(base.getHost())
                .setDefaultPort(base.getPort()).setProtocolVersion(HttpVersion.HTTP_1_1).setKeepAlive(true));
    }

    /**
     * Opens the stream with {@code token} and returns once its {@code ready} event came (nothing pushed
     * after that is missed); fails when it does not come within {@code readyWithin}.
     */
    public static LiveStream open(String baseUrl, String token, Listener listener, Duration readyWithin)
            throws Exception {
        LiveStream stream = new LiveStream(URI.create(baseUrl));
        CompletableFuture<Void> ready = new CompletableFuture<>();
        RecordParser lines = RecordParser.newDelimited("\n", line -> {
            long readNanos = System.nanoTime();
            String json = dataOf(line.toString());
            if (json == null) {
                return;
            }
            listener.data(json, readNanos);
            if (json.contains("\"kind\":\"ready\"")) {
                ready.complete(null);
            }
        });
        stream.client.request(new RequestOptions().setMethod(HttpMethod.GET).setURI("/v1/stream")
                        .putHeader("Authorization", "Bearer " + token).putHeader("Accept", "text/event-stream"))
                .compose(request -> request.send())
                .onSuccess(response -> stream.read(response, lines, ready))
                .onFailure(ready::completeExceptionally);
        try {
            ready.get(readyWithin.toMillis(), TimeUnit.MILLISECONDS);
            return stream;
        } catch (Exception e) {
            stream.close();
            throw new IllegalStateException("the live stream " + baseUrl + "/v1/stream sent no ready event within "
                    + readyWithin.toSeconds() + " s: " + e, e);
        }
    }

    /** The JSON of an SSE {@code data:} line (the space after the colon is optional); null for any other line. */
    static String dataOf(String line) {
        String trimmed = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (!trimmed.startsWith("data:")) {
            return null;
        }
        return trimmed.substring(trimmed.startsWith("data: ") ? 6 : 5);
    }

    private void read(HttpClientResponse response, RecordParser lines, CompletableFuture<Void> ready) {
        if (response.statusCode() != 200) {
            ready.completeExceptionally(new IllegalStateException("answered " + response.statusCode()));
            return;
        }
        response.handler(lines);
        response.exceptionHandler(ready::completeExceptionally);
    }

    @Override
    public void close() {
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
