package dev.concierge.outbox.twilio;

import dev.concierge.outbox.messages.Media;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Downloads every MediaUrl of a message as Twilio does before it sends: without credentials, so a link
 * that needs a token (or has expired) fails here as it would there. Keeps the type and size, not the bytes.
 */
public final class MediaFetcher {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** WhatsApp's limit for one media item; Twilio refuses anything larger. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    /** Each media with what its download found: status, type and size, or the reason it failed. */
    public List<Media> fetchAll(List<Media> media) {
        List<Media> fetched = new ArrayList<>();
        for (Media item : media) {
            fetched.add(item.url() == null ? item : fetch(item.url()));
        }
        return fetched;
    }

    private Media fetch(String url) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
        } catch (IllegalArgumentException e) {
            return Media.unreachable(url, "not a URL: " + e.getMessage());
        }
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                long size = countUpTo(body, MAX_BYTES + 1);
                String contentType = response.headers().firstValue("Content-Type").orElse(null);
                if (response.statusCode() >= 300) {
                    return Media.fetched(url, contentType, size, response.statusCode(), "HTTP " + response.statusCode());
                }
                if (size > MAX_BYTES) {
                    return Media.fetched(url, contentType, size, response.statusCode(), "larger than 16 MB");
                }
                if (size == 0) {
                    return Media.fetched(url, contentType, size, response.statusCode(), "empty");
                }
                return Media.fetched(url, contentType, size, response.statusCode(), null);
            }
        } catch (IOException e) {
            return Media.unreachable(url, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Media.unreachable(url, "interrupted");
        }
    }

    /** Counts the bytes without keeping them; stops once {@code limit} is reached. */
    private static long countUpTo(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while (total < limit && (read = in.read(buffer)) != -1) {
            total += read;
        }
        return total;
    }
}
