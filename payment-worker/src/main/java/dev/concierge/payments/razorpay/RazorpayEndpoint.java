package dev.concierge.payments.razorpay;

import dev.concierge.payments.gateway.GatewayUnavailableException;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The one seam around the Razorpay SDK (1.4.8). The SDK has its scheme and host as constants
 * ({@code https://api.razorpay.com}) and keeps one static OkHttp client in the package-private
 * {@code com.razorpay.ApiUtils.client}; there is no base-URL option. After the SDK created that
 * client, {@link #install} replaces it by a copy with our timeouts and an interceptor that
 * <ul>
 *   <li>rewrites scheme, host and port to {@code concierge.payments.razorpay.base-url} when one is set
 *       (a local fake of the Razorpay API in tests; never set in production), and</li>
 *   <li>turns what is worth retrying (no answer, 5xx, 429) into {@link GatewayUnavailableException};
 *       the SDK itself reports every failure as one {@code RazorpayException} without the status code.</li>
 * </ul>
 * The field is static, so one JVM talks to one Razorpay base URL.
 */
final class RazorpayEndpoint {

    private RazorpayEndpoint() {
    }

    /** Call right after {@code new RazorpayClient(...)}, which (re)creates the static client. */
    static void install(Optional<URI> baseUrl, Duration timeout) {
        try {
            Class<?> apiUtils = Class.forName("com.razorpay.ApiUtils");
            Field field = apiUtils.getDeclaredField("client");
            field.setAccessible(true);
            OkHttpClient sdkClient = (OkHttpClient) field.get(null);
            field.set(null, sdkClient.newBuilder()
                    .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .writeTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .addInterceptor(new Redirecting(baseUrl.map(RazorpayEndpoint::httpUrl).orElse(null)))
                    .build());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("the Razorpay SDK no longer has the static ApiUtils.client this seam "
                    + "replaces; check the SDK version (built against 1.4.8)", e);
        }
    }

    private static HttpUrl httpUrl(URI uri) {
        HttpUrl url = HttpUrl.parse(uri.toString());
        if (url == null) {
            throw new IllegalArgumentException("concierge.payments.razorpay.base-url is not an http(s) URL: " + uri);
        }
        return url;
    }

    private static final class Redirecting implements Interceptor {

        private final HttpUrl base;

        Redirecting(HttpUrl base) {
            this.base = base;
        }

        @Override
        public Response intercept(Chain chain) throws IOException {
            Request request = chain.request();
            if (base != null) {
                request = request.newBuilder().url(request.url().newBuilder()
                        .scheme(base.scheme()).host(base.host()).port(base.port()).build()).build();
            }
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                throw new GatewayUnavailableException("Razorpay did not answer " + request.method() + " "
                        + request.url().encodedPath() + ": " + e, e);
            }
            if (response.code() >= 500 || response.code() == 429) {
                String body = response.body() != null ? response.body().string() : "";
                response.close();
                throw new GatewayUnavailableException("Razorpay answered " + response.code() + " to " + request.method()
                        + " " + request.url().encodedPath() + ": " + body.substring(0, Math.min(body.length(), 300)));
            }
            return response;
        }
    }
}
