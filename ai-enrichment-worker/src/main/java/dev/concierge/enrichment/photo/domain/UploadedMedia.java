package dev.concierge.enrichment.photo.domain;

import java.util.Map;

/**
 * Images handed over with the request itself (the preview endpoint's base64 images), found by the
 * ids they were given; any other id is read from {@code elsewhere} (ingest-api).
 */
public final class UploadedMedia implements MediaSource {

    private final Map<String, byte[]> uploads;
    private final MediaSource elsewhere;

    public UploadedMedia(Map<String, byte[]> uploads, MediaSource elsewhere) {
        this.uploads = Map.copyOf(uploads);
        this.elsewhere = elsewhere;
    }

    @Override
    public MediaFetch fetch(String mediaId) {
        byte[] bytes = uploads.get(mediaId);
        return bytes != null ? new MediaFetch.Fetched(bytes) : elsewhere.fetch(mediaId);
    }
}
