package dev.concierge.bench.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * JSON calls that prepare a benchmark (sign-ins, requests to write to). Not the load generator: these are
 * few, blocking and outside every measured window.
 */
public final class SetupHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public JsonNode post(String url, String token, Object body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return expect(expected, send(request.build()), url);
    }

    public JsonNode get(String url, int expected) {
        return get(url, null, expected);
    }

    public JsonNode get(String url, String token, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return expect(expected, send(request.build()), url);
    }

    public static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " did not answer: " + e.getMessage()
                    + " (is the dev stack running? ./concierge status)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling " + request.uri(), e);
        }
    }

    private static JsonNode expect(int expected, HttpResponse<String> response, String url) {
        if (response.statusCode() != expected) {
            String text = response.body() == null ? "" : response.body();
            throw new IllegalStateException(url + " answered " + response.statusCode() + " (expected " + expected
                    + "): " + text.substring(0, Math.min(300, text.length())));
        }
        try {
            return response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }
}
