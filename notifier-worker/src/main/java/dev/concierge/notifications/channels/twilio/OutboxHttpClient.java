package dev.concierge.notifications.channels.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The Twilio SDK has no base-URL option: this HTTP client sends the request the SDK built for
 * api.twilio.com (same method, path, form, headers and Basic auth) to the dev outbox instead.
 */
final class OutboxHttpClient extends NetworkHttpClient {

    private final String baseUrl;

    OutboxHttpClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public Response makeRequest(Request original) {
        URL url = original.constructURL();
        Request local = new Request(original.getMethod(), baseUrl + url.getPath());
        local.setAuth(original.getUsername(), original.getPassword());
        local.setContentType(original.getContentType());
        copy(original.getPostParams(), local::addPostParam);
        copy(original.getQueryParams(), local::addQueryParam);
        copy(original.getHeaderParams(), local::addHeaderParam);
        return super.makeRequest(local);
    }

    private static void copy(Map<String, List<String>> params, BiConsumer<String, String> into) {
        params.forEach((name, values) -> values.forEach(value -> into.accept(name, value)));
    }
}
