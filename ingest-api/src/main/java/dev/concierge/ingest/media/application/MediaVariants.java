package dev.concierge.ingest.media.application;

import dev.concierge.ingest.media.application.MediaStore.Resized;
import dev.concierge.ingest.media.application.MediaStore.StoredVariant;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.media.MediaEvent.MediaUploaded;
import dev.concierge.schemas.media.MediaEvent.MediaVariantsCreated;
import dev.concierge.schemas.media.MediaEvent.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The background job behind {@code media.events}: for each uploaded image, the {@code thumb} and
 * {@code screen} copies, made once. A variant that exists is never made again (a redelivery, or another
 * instance that got there first, finds it), and only the run that stored the last missing one announces
 * {@link MediaVariantsCreated}.
 */
public final class MediaVariants {

    /** Variant names and the longest side each fits, in pixels, smallest first. */
    public static final List<Spec> SPECS = List.of(new Spec("thumb", 320), new Spec("screen", 1280));

    private final MediaStore store;
    private final ImageResizer resizer;
    private final EventPublisher events;
    private final Clock clock;

    public MediaVariants(MediaStore store, ImageResizer resizer, EventPublisher events, Clock clock) {
        this.store = store;
        this.resizer = resizer;
        this.events = events;
        this.clock = clock;
    }

    /** @throws MissingMediaException when the upload names no stored image (a record to dead-letter) */
    public void makeFor(MediaUploaded uploaded) {
        String mediaId = uploaded.mediaId();
        List<Spec> missing = SPECS.stream().filter(spec -> store.findVariant(mediaId, spec.name()).isEmpty()).toList();
        if (missing.isEmpty()) {
            return; // made before: a redelivery
        }
        if (store.find(mediaId).isEmpty()) {
            throw new MissingMediaException("no stored media " + mediaId + " to make variants of");
        }
        List<Resized> copies = resizer.resize(original(mediaId), missing.stream().map(Spec::longestSide).toList());
        boolean storedAny = false;
        for (int i = 0; i < missing.size(); i++) {
            Resized copy = copies.get(i);
            storedAny |= store.saveVariantIfAbsent(mediaId, missing.get(i).name(), copy, MediaLibrary.sha256(copy.bytes()));
        }
        if (storedAny) {
            announce(mediaId);
        }
    }

    private void announce(String mediaId) {
        List<Variant> variants = new ArrayList<>();
        for (Spec spec : SPECS) {
            Optional<StoredVariant> stored = store.findVariant(mediaId, spec.name());
            stored.ifPresent(v -> variants.add(new Variant(v.name(), v.width(), v.height(), v.contentType(), v.size())));
        }
        events.publish(Topics.MEDIA_EVENTS, mediaId, new MediaVariantsCreated(mediaId, variants, clock.instant()));
    }

    private byte[] original(String mediaId) {
        try (InputStream in = store.open(mediaId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read media " + mediaId, e);
        }
    }

    public record Spec(String name, int longestSide) {
    }

    /** An upload event whose image is not in the store: nothing to make, now or on a retry. */
    public static final class MissingMediaException extends RuntimeException {

        public MissingMediaException(String message) {
            super(message);
        }
    }
}
