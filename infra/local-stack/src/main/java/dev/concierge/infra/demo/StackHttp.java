package dev.concierge.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * JSON over HTTP to the running dev stack, as an app or a person's browser would talk to it. An
 * answer with another status than the one a step expects fails the step with the server's own words.
 */
final class StackHttp {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** The status and the JSON body (missing when the body is empty or not JSON). */
    record Answer(int status, JsonNode body, String text) {
    }

    JsonNode post(String url, String token, Object body, int expected) {
        return expect(expected, send(json(url, token).POST(HttpRequest.BodyPublishers.ofString(write(body))), url));
    }

    Answer post(String url, String token, Object body) {
        return send(json(url, token).POST(HttpRequest.BodyPublishers.ofString(write(body))), url);
    }

    JsonNode get(String url, String token, int expected) {
        return expect(expected, send(json(url, token).GET(), url));
    }

    Answer get(String url, String token) {
        return send(json(url, token).GET(), url);
    }

    /** An HTML form post, as a browser sends it when a button of a form is pressed. */
    Answer postForm(String url, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), url);
    }

    /** {@code multipart/form-data} with one file in the field {@code file}, as {@code POST /v1/media} takes it. */
    JsonNode upload(String url, String token, String fileName, String contentType, byte[] bytes, int expected) {
        String boundary = "concierge-demo-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bytes, 0, body, head.length, bytes.length);
        System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return expect(expected, send(request, url));
    }

    private static HttpRequest.Builder json(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request, String url) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), parse(response.body()), response.body());
        } catch (IOException e) {
            throw new StepFailedException(url + " did not answer (" + e.getMessage() + "): is the dev stack running "
                    + "(./concierge status)?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailedException("interrupted while calling " + url, e);
        }
    }

    private static JsonNode expect(int expected, Answer answer) {
        if (answer.status() != expected) {
            throw new StepFailedException("expected HTTP " + expected + " but got " + answer.status() + ": "
                    + abbreviate(answer.text()));
        }
        return answer.body();
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + body, e);
        }
    }

    static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
