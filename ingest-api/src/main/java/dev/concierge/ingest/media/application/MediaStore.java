package dev.concierge.ingest.media.application;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;

/**
 * Content-addressed media storage (GridFS): the id is derived from the SHA-256 of the bytes. A resized
 * variant is a file of its own next to the original, under {@link #variantId}; it is written once.
 */
public interface MediaStore {

    Optional<StoredMedia> find(String mediaId);

    /** Stores the bytes unless the id exists already; either way records {@code uploaderId}. */
    StoredMedia saveIfAbsent(String mediaId, byte[] bytes, String contentType, String sha256, String uploaderId);

    InputStream open(String mediaId);

    /**
     * Lets {@code customerId} read the medium too (staff attached it to a message in the customer's own
     * request). Does nothing for an unknown id.
     */
    void shareWith(String mediaId, String customerId);

    /**
     * Stores a resized copy unless one exists; false when it existed (another delivery or instance made it),
     * so a variant is never stored twice.
     */
    boolean saveVariantIfAbsent(String mediaId, String variant, Resized resized, String sha256);

    /** The stored variant, empty until it was made. */
    Optional<StoredVariant> findVariant(String mediaId, String variant);

    static String variantId(String mediaId, String variant) {
        return mediaId + "." + variant;
    }

    /**
     * {@code viewers} are customers who may read it without having uploaded it (empty for media stored
     * before it existed).
     */
    record StoredMedia(String mediaId, String contentType, long size, String sha256, Set<String> uploaders,
            boolean deduplicated, Set<String> viewers) {

        public StoredMedia {
            viewers = viewers == null ? Set.of() : Set.copyOf(viewers);
        }
    }

    /** {@code fileId} opens its bytes with {@link #open}. */
    record StoredVariant(String fileId, String name, String contentType, long size, String sha256, int width,
            int height) {
    }

    /** Encoded bytes of a resized image and its size in pixels. */
    record Resized(byte[] bytes, String contentType, int width, int height) {
    }
}
