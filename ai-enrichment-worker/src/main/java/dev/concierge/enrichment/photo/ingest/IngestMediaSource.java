package dev.concierge.enrichment.photo.ingest;

import dev.concierge.enrichment.photo.domain.MediaFetch;
import dev.concierge.enrichment.photo.domain.MediaSource;
import dev.concierge.schemas.media.MediaLinkSigner;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Reads photos from ingest-api, which owns the media store, through the same signed, short-lived
 * links the notifier hands to Twilio ({@code GET /v1/media/{id}/public?expires=…&signature=…},
 * {@link MediaLinkSigner}): the worker needs no JWT and never touches ingest-api's database.
 * Downloads stop at {@code maxBytes}, so an oversized medium costs at most that much memory.
 */
public final class IngestMediaSource implements MediaSource {

    /** Media ids are ingest-api's ({@code med_…}); anything else must not become part of a URL path. */
    private static final Pattern MEDIA_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    /** Long enough for a slow download, short enough that a leaked link is soon useless. */
    private static final Duration LINK_LIFETIME = Duration.ofMinutes(5);

    private final HttpClient http;
    private final String baseUrl;
    private final MediaLinkSigner signer;
    private final Duration timeout;
    private final long maxBytes;
    private final Clock clock;

    public IngestMediaSource(String baseUrl, MediaLinkSigner signer, Duration timeout, long maxBytes, Clock clock) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.signer = signer;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public MediaFetch fetch(String mediaId) {
        if (mediaId == null || !MEDIA_ID.matcher(mediaId).matches()) {
            return new MediaFetch.Unavailable("not a media id");
        }
        URI link = URI.create(baseUrl + signer.pathAndQuery(mediaId, clock.instant().plus(LINK_LIFETIME)));
        HttpRequest request = HttpRequest.newBuilder(link).timeout(timeout).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                return answer(response, body);
            }
        } catch (HttpTimeoutException e) {
            return new MediaFetch.Unavailable("ingest-api did not answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return new MediaFetch.Unavailable("ingest-api unreachable (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new MediaFetch.Unavailable("interrupted while reading the photo");
        }
    }

    private MediaFetch answer(HttpResponse<InputStream> response, InputStream body) throws IOException {
        int status = response.statusCode();
        if (status == 404) {
            return new MediaFetch.Unavailable("unknown media id (ingest-api answered 404)");
        }
        if (status == 403) {
            return new MediaFetch.Unavailable("ingest-api refused the signed link (403; is MEDIA_LINK_KEY ingest-api's?)");
        }
        if (status != 200) {
            return new MediaFetch.Unavailable("ingest-api answered " + status);
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            return tooLarge();
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
        return bytes.length > maxBytes ? tooLarge() : new MediaFetch.Fetched(bytes);
    }

    private MediaFetch tooLarge() {
        return new MediaFetch.Unavailable("larger than the " + maxBytes + " bytes read");
    }
}
