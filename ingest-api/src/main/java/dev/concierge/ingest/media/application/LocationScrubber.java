package dev.concierge.ingest.media.application;

import dev.concierge.ingest.media.domain.ImageType;

/** Removes GPS position metadata from an image, keeping the pixels untouched. */
public interface LocationScrubber {

    byte[] withoutLocation(byte[] image, ImageType type);
}
