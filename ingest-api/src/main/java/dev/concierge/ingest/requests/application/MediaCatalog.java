package dev.concierge.ingest.requests.application;

import java.util.Optional;

/** Uploaded media a request or message may refer to. */
public interface MediaCatalog {

    /** The stored content type of the media, empty when no such media was uploaded. */
    Optional<String> contentTypeOf(String mediaId);
}
