package dev.concierge.outbox.twilio;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** Posts a form the way Twilio posts webhooks: urlencoded, signed in {@code X-Twilio-Signature}. */
public final class SignedFormPoster {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** HTTP/1.1 as Twilio posts: the JDK's default would first try an h2c upgrade on plain http. */
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    private final String authToken;

    public SignedFormPoster(String authToken) {
        this.authToken = authToken;
    }

    /** The receiver's HTTP status; throws when it cannot be reached at all. */
    public int post(String url, Map<String, String> params) throws IOException {
        return post(url, url, params);
    }

    /**
     * Posts to {@code url} but signs over {@code signedUrl}: the address Twilio was configured with, which
     * differs from the one the outbox reaches when the receiver sits behind a proxy or a tunnel.
     */
    public int post(String url, String signedUrl, Map<String, String> params) throws IOException {
        String body = params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("X-Twilio-Signature", TwilioSignature.sign(authToken, signedUrl, params))
                .header("User-Agent", "TwilioProxy/1.1 (concierge dev outbox)")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while posting to " + url, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
