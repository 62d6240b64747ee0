package dev.concierge.outbox.support;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import java.net.URL;
import java.util.List;
import java.util.Map;

/**
 * The real Twilio SDK pointed at the outbox: the SDK builds its https://api.twilio.com request, this client
 * sends the same method, path, form, headers and Basic auth to the outbox instead. The notifier will need
 * the same seam (the SDK has no base-URL option).
 */
public final class LocalTwilio extends NetworkHttpClient {

    private final String baseUrl;

    private LocalTwilio(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static TwilioRestClient client(int outboxPort, String accountSid, String authToken) {
        return new TwilioRestClient.Builder(accountSid, authToken)
                .httpClient(new LocalTwilio("http://127.0.0.1:" + outboxPort))
                .build();
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

    private static void copy(Map<String, List<String>> params, java.util.function.BiConsumer<String, String> into) {
        params.forEach((name, values) -> values.forEach(value -> into.accept(name, value)));
    }
}
