package dev.concierge.ingest.media.application;

import dev.concierge.ingest.media.domain.ImageType;

/** Decodes an upload the way a viewer would; only an image that decodes is stored. */
public interface ImageDecoder {

    /**
     * Returns normally when {@code image} decodes completely as {@code type}; otherwise throws
     * {@link dev.concierge.ingest.shared.application.UnprocessableContentException} for field {@code file}.
     */
    void requireDecodable(byte[] image, ImageType type);
}
