package dev.concierge.enrichment.photo.domain;

import dev.concierge.schemas.enrichment.Barcode;
import java.awt.image.BufferedImage;
import java.util.List;

/** Finds product codes (EAN-13/8, UPC-A/E) and QR codes in a photo; an empty list when there is none. */
public interface BarcodeReader {

    String provider();

    List<Barcode> read(BufferedImage image);
}
