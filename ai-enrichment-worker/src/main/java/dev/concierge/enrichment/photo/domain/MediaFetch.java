package dev.concierge.enrichment.photo.domain;

/** The outcome of reading one medium: its bytes, or the reason there are none (unknown id, too large, unreachable). */
public sealed interface MediaFetch {

    record Fetched(byte[] bytes) implements MediaFetch {
    }

    record Unavailable(String reason) implements MediaFetch {
    }
}
