package dev.concierge.ingest.requests.application;

import java.util.Optional;
import java.util.Set;

/** Uploaded media a request or message may refer to. */
public interface MediaCatalog {

    /** The stored media, empty when no such media was uploaded. */
    Optional<UploadedMedia> find(String mediaId);

    /** Lets {@code customerId} read the media (staff attached it in the customer's own request). */
    void shareWith(String mediaId, String customerId);

    /** What a write needs to know about an upload: its type and who uploaded it. */
    record UploadedMedia(String contentType, Set<String> uploaders) {
    }
}
