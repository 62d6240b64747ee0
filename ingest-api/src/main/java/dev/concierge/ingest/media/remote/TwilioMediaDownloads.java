package dev.concierge.ingest.media.remote;

import dev.concierge.ingest.media.application.RemoteImages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Twilio media: {@code MediaUrl} points at {@code api.twilio.com}, which wants the account's Basic
 * auth (when "HTTP Basic Authentication for media" is on) and usually answers with a redirect to a
 * short-lived CDN URL. The credentials go to the configured media hosts only, never along a
 * redirect; redirects must stay on https (loopback excepted, for the dev outbox). The URL itself is
 * covered by Twilio's webhook signature, and the host allow-list keeps a leaked signing token from
 * turning this into a fetch of arbitrary internal addresses.
 */
public final class TwilioMediaDownloads implements RemoteImages {

    private static final int MAX_REDIRECTS = 3;

    private final HttpClient http;
    private final Set<String> mediaHosts;
    private final String basicAuth;
    private final Duration timeout;

    /** {@code accountSid}/{@code authToken} blank: no credentials are sent. */
    public TwilioMediaDownloads(Set<String> mediaHosts, String accountSid, String authToken, Duration timeout) {
        this.mediaHosts = mediaHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.basicAuth = accountSid == null || accountSid.isBlank() || authToken == null || authToken.isBlank() ? null
                : "Basic " + Base64.getEncoder().encodeToString((accountSid + ":" + authToken)
                        .getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public byte[] download(String url, long maxBytes) {
        URI uri = parse(url);
        if (!mediaHosts.contains(host(uri))) {
            throw new RemoteImageUnavailableException("media host " + uri.getHost() + " is not one of the configured "
                    + "Twilio media hosts");
        }
        requireScheme(uri);
        boolean withCredentials = true;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<InputStream> response = get(uri, withCredentials);
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                close(response);
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new RemoteImageUnavailableException("a " + status + " from " + uri.getHost()
                            + " without a Location");
                }
                URI next = uri.resolve(location);
                requireScheme(next);
                // a redirect leaves Twilio (to its CDN): the account's credentials stay behind
                withCredentials = withCredentials && host(next).equals(host(uri)) && port(next) == port(uri);
                uri = next;
                continue;
            }
            if (status != 200) {
                close(response);
                throw new RemoteImageUnavailableException("the media URL answered " + status);
            }
            return readAtMost(response, maxBytes);
        }
        throw new RemoteImageUnavailableException("more than " + MAX_REDIRECTS + " redirects");
    }

    private HttpResponse<InputStream> get(URI uri, boolean withCredentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET();
        if (withCredentials && basicAuth != null) {
            request.header("Authorization", basicAuth);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteImageUnavailableException("interrupted while downloading the media", e);
        } catch (IOException e) {
            throw new RemoteImageUnavailableException("cannot download the media from " + uri.getHost() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private static byte[] readAtMost(HttpResponse<InputStream> response, long maxBytes) {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            close(response);
            throw new RemoteImageUnavailableException("the media is " + declared + " bytes; at most " + maxBytes);
        }
        try (InputStream body = response.body()) {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new RemoteImageUnavailableException("the media is larger than " + maxBytes + " bytes");
            }
            return bytes;
        } catch (InterruptedIOException e) {
            throw new RemoteImageUnavailableException("the media download timed out", e);
        } catch (IOException e) {
            throw new RemoteImageUnavailableException("the media download broke off: " + e.getMessage(), e);
        }
    }

    private static URI parse(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null) {
                throw new RemoteImageUnavailableException("the media URL has no host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new RemoteImageUnavailableException("the media URL is not a URL", e);
        }
    }

    private static void requireScheme(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean loopback = "127.0.0.1".equals(host(uri)) || "localhost".equals(host(uri));
        if (!"https".equals(scheme) && !("http".equals(scheme) && loopback)) {
            throw new RemoteImageUnavailableException("media is only fetched over https (was " + scheme + ")");
        }
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // nothing was read from it; closing only frees the connection
        }
    }
}
