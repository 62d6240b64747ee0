package dev.concierge.ingest.media.application;

import dev.concierge.ingest.media.application.MediaStore.StoredMedia;
import dev.concierge.ingest.media.domain.ImageType;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.application.NotFoundException;
import dev.concierge.ingest.shared.application.PayloadTooLargeException;
import dev.concierge.ingest.shared.application.UnprocessableContentException;
import dev.concierge.ingest.shared.application.UnsupportedContentException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Image uploads: the type is read from the bytes, the GPS position is removed, the result must
 * decode as an image of that type, and identical
 * images are stored once (the media id is the SHA-256 of the stored bytes). Customers see their
 * own uploads; staff see all; a signed link ({@link MediaLinks}) opens the one image it names.
 */
public final class MediaLibrary {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Pattern MEDIA_ID = Pattern.compile("med_[0-9a-f]{64}");

    private final MediaStore store;
    private final LocationScrubber scrubber;
    private final ImageDecoder decoder;

    public MediaLibrary(MediaStore store, LocationScrubber scrubber, ImageDecoder decoder) {
        this.store = store;
        this.scrubber = scrubber;
        this.decoder = decoder;
    }

    public StoredMedia upload(Caller caller, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new PayloadTooLargeException("images may be at most 10 MB (" + MAX_BYTES + " bytes); this one has "
                    + bytes.length);
        }
        if (bytes.length == 0) {
            throw InvalidInputException.of("file", "the file is empty");
        }
        ImageType type = ImageType.detect(bytes).orElseThrow(() -> new UnsupportedContentException(
                "the file is not a JPEG, PNG or WebP image (checked from its content, not its name or Content-Type)"));
        byte[] cleaned = withoutLocation(bytes, type);
        // what is stored must decode: a file that only starts like an image is not one
        decoder.requireDecodable(cleaned, type);
        String sha256 = sha256(cleaned);
        return store.saveIfAbsent("med_" + sha256, cleaned, type.contentType(), sha256, caller.id());
    }

    /** A file whose metadata cannot be parsed well enough to remove the position is not stored at all. */
    private byte[] withoutLocation(byte[] bytes, ImageType type) {
        try {
            return scrubber.withoutLocation(bytes, type);
        } catch (RuntimeException unreadable) {
            throw new UnprocessableContentException("file", "the image's metadata is damaged, so its location "
                    + "data cannot be removed; the image was not stored");
        }
    }

    public static boolean isMediaId(String mediaId) {
        return mediaId != null && MEDIA_ID.matcher(mediaId).matches();
    }

    public Download open(Caller caller, String mediaId) {
        if (!isMediaId(mediaId)) {
            throw InvalidInputException.of("mediaId", "is not a media id; expected med_<64 hex digits>");
        }
        StoredMedia media = store.find(mediaId).orElseThrow(() -> new NotFoundException("no media " + mediaId));
        if (!caller.isStaff() && !media.uploaders().contains(caller.id())) {
            // a customer learns nothing about other customers' uploads, not even that they exist
            throw new NotFoundException("no media " + mediaId);
        }
        return new Download(media, store.open(mediaId));
    }

    /** For a signed link ({@link MediaLinks}), which was checked instead of the caller. */
    Download openForLink(String mediaId) {
        StoredMedia media = store.find(mediaId).orElseThrow(() -> new NotFoundException("no media " + mediaId));
        return new Download(media, store.open(mediaId));
    }

    public record Download(StoredMedia media, InputStream content) {
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
