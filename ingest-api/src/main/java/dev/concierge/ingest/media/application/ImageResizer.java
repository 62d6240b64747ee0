package dev.concierge.ingest.media.application;

import dev.concierge.ingest.media.application.MediaStore.Resized;
import java.util.List;

/** Makes smaller copies of a stored image for screens that do not need the original. */
public interface ImageResizer {

    /**
     * One copy per entry of {@code longestSides}, in that order, each fitting its longest side (an image
     * already smaller keeps its size). The copies are upright (a JPEG's EXIF orientation is applied to the
     * pixels) and carry no metadata at all, so no location either.
     *
     * @throws UnusableImageException when the bytes do not decode as an image
     */
    List<Resized> resize(byte[] image, List<Integer> longestSides);

    /** The stored bytes are not an image this service can read: retrying will not change that. */
    final class UnusableImageException extends RuntimeException {

        public UnusableImageException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
