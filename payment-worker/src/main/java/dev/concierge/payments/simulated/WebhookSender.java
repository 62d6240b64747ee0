package dev.concierge.payments.simulated;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts a webhook the way Razorpay does: the raw JSON body, {@code X-Razorpay-Signature} = hex
 * HMAC-SHA256 of exactly those bytes with the webhook secret, and {@code X-Razorpay-Event-Id}.
 * A delivery that fails is reported, not thrown: the money movement already happened at the gateway,
 * and delivering again (Pay again on the page) sends the same bytes.
 */
public final class WebhookSender {

    /** What the receiver answered: its HTTP status, or 0 and the reason when nothing answered. */
    public record Delivery(String event, int status, String problem) {

        public boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    private final URI webhookUrl;
    private final byte[] secret;
    private final HttpClient http;
    private final Duration timeout;

    public WebhookSender(URI webhookUrl, String secret, Duration timeout) {
        this.webhookUrl = webhookUrl;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.timeout = timeout;
        // HTTP/1.1 as Razorpay posts; the JDK client's default would offer an h2c upgrade first
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    public URI webhookUrl() {
        return webhookUrl;
    }

    public Delivery send(SignedWebhook webhook) {
        byte[] body = webhook.body().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(webhookUrl).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("X-Razorpay-Signature", sign(body))
                .header("X-Razorpay-Event-Id", webhook.eventId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Delivery(webhook.event(), response.statusCode(),
                    response.statusCode() / 100 == 2 ? null : response.body());
        } catch (IOException e) {
            return new Delivery(webhook.event(), 0, "no answer from " + webhookUrl + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery(webhook.event(), 0, "interrupted while posting to " + webhookUrl);
        }
    }

    String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
