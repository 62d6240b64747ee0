package dev.concierge.enrichment.photo.domain;

import dev.concierge.enrichment.photo.domain.MediaFetch.Fetched;
import dev.concierge.enrichment.photo.domain.MediaFetch.Unavailable;
import dev.concierge.schemas.enrichment.Barcode;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a request's photos: fetch each medium, decode it, look for barcodes and read its text. A
 * photo that cannot be had or decoded, and a recogniser that fails, become a problem with the
 * reason — never an exception — so the request is still answered from its text. With a remote
 * vision provider configured, it reads the text (and names what the photos show) of all photos in
 * one call; when that call fails the local OCR reads them instead and the reason is a problem.
 */
public final class PhotoReader {

    private final MediaSource media;
    private final ImageDecoder decoder;
    private final BarcodeReader barcodes;
    private final TextRecogniser ocr;
    private final PhotoAnnotator remote;

    public PhotoReader(MediaSource media, ImageDecoder decoder, BarcodeReader barcodes, TextRecogniser ocr) {
        this(media, decoder, barcodes, ocr, PhotoAnnotator.inactive("remote-vision", "not configured"));
    }

    public PhotoReader(MediaSource media, ImageDecoder decoder, BarcodeReader barcodes, TextRecogniser ocr,
            PhotoAnnotator remote) {
        this.media = media;
        this.decoder = decoder;
        this.barcodes = barcodes;
        this.ocr = ocr;
        this.remote = remote;
    }

    /** This reader, finding the images in {@code uploads} by their ids before it asks its media source. */
    public PhotoReader withUploads(Map<String, byte[]> uploads) {
        return new PhotoReader(new UploadedMedia(uploads, media), decoder, barcodes, ocr, remote);
    }

    public PhotoReading read(List<String> mediaIds) {
        if (mediaIds.isEmpty()) {
            return PhotoReading.NONE;
        }
        List<String> texts = new ArrayList<>();
        Set<Barcode> found = new LinkedHashSet<>();
        Set<String> providers = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        boolean remoteActive = remote.inactiveReason().isEmpty();
        Optional<String> ocrMissing = ocr.unavailableReason();
        if (!remoteActive) {
            ocrMissing.ifPresent(reason -> problems.add("photo text not read: " + reason));
        }
        Map<String, Photo> forRemote = new LinkedHashMap<>();
        for (String mediaId : mediaIds) {
            Optional<Photo> photo = photo(mediaId, problems);
            if (photo.isEmpty()) {
                continue;
            }
            found.addAll(barcodes.read(photo.get().image()));
            providers.add(barcodes.provider());
            if (remoteActive) {
                forRemote.put(mediaId, photo.get());
            } else if (ocrMissing.isEmpty()) {
                readText(mediaId, photo.get().image(), problems).ifPresent(texts::add);
                providers.add(ocr.provider());
            }
        }
        if (forRemote.isEmpty()) {
            return new PhotoReading(String.join("\n", texts), List.copyOf(found), List.copyOf(providers), problems);
        }
        PhotoAnnotation annotation = remote.annotate(forRemote.values().stream().map(Photo::bytes).toList());
        if (annotation instanceof PhotoAnnotation.Annotated annotated) {
            providers.add(remote.provider());
            return new PhotoReading(annotated.text(), List.copyOf(found), List.copyOf(providers), problems,
                    labelsAndLogos(annotated), annotated.logos());
        }
        String failure = ((PhotoAnnotation.Failed) annotation).reason();
        if (ocrMissing.isPresent()) {
            problems.add(failure + "; photo text not read: " + ocrMissing.get());
        } else {
            // the remote provider is down: the local OCR reads the same photos, so the answer still has their text
            problems.add(failure + "; photo text read locally");
            forRemote.forEach((mediaId, photo) -> readText(mediaId, photo.image(), problems).ifPresent(texts::add));
            providers.add(ocr.provider());
        }
        return new PhotoReading(String.join("\n", texts), List.copyOf(found), List.copyOf(providers), problems);
    }

    private static List<String> labelsAndLogos(PhotoAnnotation.Annotated annotated) {
        Set<String> seen = new LinkedHashSet<>(annotated.labels());
        seen.addAll(annotated.logos());
        return List.copyOf(seen);
    }

    private Optional<Photo> photo(String mediaId, List<String> problems) {
        MediaFetch fetch = media.fetch(mediaId);
        if (fetch instanceof Unavailable unavailable) {
            problems.add("photo " + mediaId + ": " + unavailable.reason());
            return Optional.empty();
        }
        byte[] bytes = ((Fetched) fetch).bytes();
        ImageDecoder.Decoded decoded = decoder.decode(bytes);
        if (decoded.image().isEmpty()) {
            problems.add("photo " + mediaId + ": " + decoded.reason());
        }
        return decoded.image().map(image -> new Photo(bytes, image));
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

    /** A photo's bytes as fetched (what a remote provider is sent) and decoded (what ZXing and the OCR read). */
    private record Photo(byte[] bytes, BufferedImage image) {
    }
}
