package dev.concierge.enrichment.photo.domain;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Reads printed text from a photo (OCR). It may be unavailable on a machine (no native library or
 * language data): then {@link #unavailableReason()} says why and photos are read for barcodes only.
 */
public interface TextRecogniser {

    String provider();

    /** Empty when the recogniser works; otherwise why it does not. */
    Optional<String> unavailableReason();

    /** The text in the image, trimmed; empty when there is none. Throws only on a fault of the recogniser itself. */
    String read(BufferedImage image);
}
