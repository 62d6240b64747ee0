package dev.concierge.ingest.media.application;

import dev.concierge.ingest.media.application.MediaStore.StoredMedia;
import dev.concierge.ingest.media.application.MediaStore.StoredVariant;
import dev.concierge.ingest.media.domain.ImageType;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.application.NotFoundException;
import dev.concierge.ingest.shared.application.PayloadTooLargeException;
import dev.concierge.ingest.shared.application.UnprocessableContentException;
import dev.concierge.ingest.shared.application.UnsupportedContentException;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.media.MediaEvent.MediaUploaded;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Image uploads: the type is read from the bytes, the GPS position is removed, the result must
 * decode as an image of that type, and identical
 * images are stored once (the media id is the SHA-256 of the stored bytes). Every upload is announced
 * on {@code media.events} (also a repeated one: the variant job skips what it made already), so the
 * resized variants ({@link MediaVariants}) are made in the background, never on the upload request.
 * Customers see their own uploads and what staff attached in their own requests (the store's
 * {@code viewers}); staff see all; a signed link ({@link MediaLinks}) opens the one image it names.
 * A variant is read with the original's rules; until it exists the original stands in for it.
 */
public final class MediaLibrary {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Pattern MEDIA_ID = Pattern.compile("med_[0-9a-f]{64}");

    private final MediaStore store;
    private final LocationScrubber scrubber;
    private final ImageDecoder decoder;
    private final EventPublisher events;
    private final Clock clock;

    public MediaLibrary(MediaStore store, LocationScrubber scrubber, ImageDecoder decoder, EventPublisher events,
            Clock clock) {
        this.store = store;
        this.scrubber = scrubber;
        this.decoder = decoder;
        this.events = events;
        this.clock = clock;
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
        StoredMedia stored = store.saveIfAbsent("med_" + sha256, cleaned, type.contentType(), sha256, caller.id());
        events.publish(Topics.MEDIA_EVENTS, stored.mediaId(), new MediaUploaded(stored.mediaId(), stored.contentType(),
                stored.size(), caller.id(), clock.instant()));
        return stored;
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

    /** The original ({@code variant} null or blank) or the named variant, if the caller may read the medium. */
    public Download open(Caller caller, String mediaId, String variant) {
        if (!isMediaId(mediaId)) {
            throw InvalidInputException.of("mediaId", "is not a media id; expected med_<64 hex digits>");
        }
        Optional<MediaVariants.Spec> spec = spec(variant);
        StoredMedia media = store.find(mediaId).orElseThrow(() -> new NotFoundException("no media " + mediaId));
        if (!caller.isStaff() && !media.uploaders().contains(caller.id()) && !media.viewers().contains(caller.id())) {
            // a customer learns nothing about other customers' media, not even that they exist
            throw new NotFoundException("no media " + mediaId);
        }
        return download(media, spec);
    }

    /** For a signed link ({@link MediaLinks}), which was checked instead of the caller. */
    Download openForLink(String mediaId, String variant) {
        Optional<MediaVariants.Spec> spec = spec(variant);
        StoredMedia media = store.find(mediaId).orElseThrow(() -> new NotFoundException("no media " + mediaId));
        return download(media, spec);
    }

    private Download download(StoredMedia media, Optional<MediaVariants.Spec> spec) {
        Optional<StoredVariant> made = spec.flatMap(s -> store.findVariant(media.mediaId(), s.name()));
        if (made.isPresent()) {
            StoredVariant v = made.get();
            return new Download(v.contentType(), v.size(), v.sha256(), false, store.open(v.fileId()));
        }
        return new Download(media.contentType(), media.size(), media.sha256(), spec.isPresent(),
                store.open(media.mediaId()));
    }

    private static Optional<MediaVariants.Spec> spec(String variant) {
        if (variant == null || variant.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(MediaVariants.SPECS.stream().filter(s -> s.name().equals(variant)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("variant", "must be one of "
                        + MediaVariants.SPECS.stream().map(MediaVariants.Spec::name).toList()
                        + ", or absent for the original")));
    }

    /**
     * Bytes to serve. {@code sha256} names exactly these bytes (an ETag); {@code standIn} says the original
     * is served because the asked-for variant is not made yet, so a cache must ask again soon.
     */
    public record Download(String contentType, long size, String sha256, boolean standIn, InputStream content) {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
