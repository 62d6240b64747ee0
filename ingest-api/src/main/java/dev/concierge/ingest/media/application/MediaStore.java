package dev.concierge.ingest.media.application;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;

/** Content-addressed media storage (GridFS): the id is derived from the SHA-256 of the bytes. */
public interface MediaStore {

    Optional<StoredMedia> find(String mediaId);

    /** Stores the bytes unless the id exists already; either way records {@code uploaderId}. */
    StoredMedia saveIfAbsent(String mediaId, byte[] bytes, String contentType, String sha256, String uploaderId);

    InputStream open(String mediaId);

    record StoredMedia(String mediaId, String contentType, long size, String sha256, Set<String> uploaders,
            boolean deduplicated) {
    }
}
