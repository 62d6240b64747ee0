package dev.concierge.enrichment.photo.domain;

/** Where a request's photos are read from, by media id (ingest-api's media store, through a signed link). */
public interface MediaSource {

    /** The medium's bytes, or why they cannot be had; never throws for an unknown, oversized or unreachable medium. */
    MediaFetch fetch(String mediaId);
}
