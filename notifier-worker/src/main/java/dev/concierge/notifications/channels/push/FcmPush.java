package dev.concierge.notifications.channels.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concierge.notifications.channels.ProviderMode;
import dev.concierge.notifications.channels.ProviderRejectedException;
import dev.concierge.notifications.channels.ProviderUnavailableException;
import dev.concierge.notifications.channels.Push;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Push through FCM's HTTP v1 API ({@code POST /v1/projects/{project}/messages:send}, one request per
 * device token), authorised with the service account's OAuth token in real mode.
 */
// a 5xx, a timeout or an unreachable provider is retried with exponential backoff; a refusal never is
@Retry(maxRetries = 3, delay = 300, jitter = 100, retryOn = ProviderUnavailableException.class,
        abortOn = ProviderRejectedException.class)
@ExponentialBackoff
@ApplicationScoped
public class FcmPush implements Push {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final PushSettings settings;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    FcmPush(PushSettings settings) {
        this.settings = settings;
    }

    @Override
    public ProviderMode mode() {
        return settings.mode();
    }

    @Override
    public String send(List<String> pushTokens, String title, String body) {
        if (settings.mode() == ProviderMode.OFF) {
            throw new ProviderRejectedException("provider-off: fcm");
        }
        String first = null;
        for (String token : pushTokens) {
            String name = sendOne(token, title, body);
            first = first == null ? name : first;
        }
        return first;
    }

    private String sendOne(String token, String title, String body) {
        ObjectNode message = json.createObjectNode();
        ObjectNode inner = message.putObject("message");
        inner.put("token", token);
        inner.putObject("notification").put("title", title).put("body", body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/v1/projects/"
                        + settings.project() + "/messages:send"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString()));
        String bearer = settings.bearerTokens().get();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500 || response.statusCode() == 429) {
                throw new ProviderUnavailableException("fcm-unavailable: " + response.statusCode(), null);
            }
            if (response.statusCode() >= 300) {
                throw new ProviderRejectedException("fcm-" + response.statusCode());
            }
            JsonNode answer = json.readTree(response.body());
            return answer.path("name").asText();
        } catch (JsonProcessingException e) {
            throw new ProviderUnavailableException("fcm-unreadable-answer", e);
        } catch (IOException e) {
            throw new ProviderUnavailableException("fcm-unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException("fcm-interrupted", e);
        }
    }
}
