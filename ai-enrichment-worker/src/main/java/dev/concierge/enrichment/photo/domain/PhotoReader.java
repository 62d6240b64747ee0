package dev.concierge.enrichment.photo.domain;

import dev.concierge.enrichment.photo.domain.MediaFetch.Fetched;
import dev.concierge.enrichment.photo.domain.MediaFetch.Unavailable;
import dev.concierge.schemas.enrichment.Barcode;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a request's photos: fetch each medium, decode it, look for barcodes and read its text. A
 * photo that cannot be had or decoded, and a recogniser that fails, become a problem with the
 * reason — never an exception — so the request is still answered from its text.
 */
public final class PhotoReader {

    private final MediaSource media;
    private final ImageDecoder decoder;
    private final BarcodeReader barcodes;
    private final TextRecogniser ocr;

    public PhotoReader(MediaSource media, ImageDecoder decoder, BarcodeReader barcodes, TextRecogniser ocr) {
        this.media = media;
        this.decoder = decoder;
        this.barcodes = barcodes;
        this.ocr = ocr;
    }

    /** This reader, finding the images in {@code uploads} by their ids before it asks its media source. */
    public PhotoReader withUploads(Map<String, byte[]> uploads) {
        return new PhotoReader(new UploadedMedia(uploads, media), decoder, barcodes, ocr);
    }

    public PhotoReading read(List<String> mediaIds) {
        if (mediaIds.isEmpty()) {
            return PhotoReading.NONE;
        }
        List<String> texts = new ArrayList<>();
        Set<Barcode> found = new LinkedHashSet<>();
        Set<String> providers = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        Optional<String> ocrMissing = ocr.unavailableReason();
        ocrMissing.ifPresent(reason -> problems.add("photo text not read: " + reason));
        for (String mediaId : mediaIds) {
            Optional<BufferedImage> image = image(mediaId, problems);
            if (image.isEmpty()) {
                continue;
            }
            found.addAll(barcodes.read(image.get()));
            providers.add(barcodes.provider());
            if (ocrMissing.isEmpty()) {
                readText(mediaId, image.get(), problems).ifPresent(texts::add);
                providers.add(ocr.provider());
            }
        }
        return new PhotoReading(String.join("\n", texts), List.copyOf(found), List.copyOf(providers), problems);
    }

    private Optional<BufferedImage> image(String mediaId, List<String> problems) {
        MediaFetch fetch = media.fetch(mediaId);
        if (fetch instanceof Unavailable unavailable) {
            problems.add("photo " + mediaId + ": " + unavailable.reason());
            return Optional.empty();
        }
        ImageDecoder.Decoded decoded = decoder.decode(((Fetched) fetch).bytes());
        if (decoded.image().isEmpty()) {
            problems.add("photo " + mediaId + ": " + decoded.reason());
        }
        return decoded.image();
    }

    private Optional<String> readText(String mediaId, BufferedImage image, List<String> problems) {
        try {
            String text = ocr.read(image);
            return text.isBlank() ? Optional.empty() : Optional.of(text);
        } catch (RuntimeException e) {
            problems.add("photo " + mediaId + ": text not read (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }
}
