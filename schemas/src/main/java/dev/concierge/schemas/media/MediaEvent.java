package dev.concierge.schemas.media;

import dev.concierge.schemas.common.Description;
import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.envelope.EventType;
import java.time.Instant;
import java.util.List;

/** Values of {@code media.events}, keyed by media id: what happened to an uploaded medium's bytes. */
public sealed interface MediaEvent {

    String mediaId();

    /** An image was stored (by an upload, a customer's WhatsApp photo or a fetched remote image). */
    @EventType("concierge.media.uploaded.v1")
    record MediaUploaded(
            String mediaId,
            String contentType,
            long size,
            @Description("The user id of whoever uploaded it; for WhatsApp photos the customer, for store photos the store.")
            String uploaderId,
            Instant uploadedAt) implements MediaEvent {
    }

    /** Resized copies of a medium exist next to the original and can be served with {@code ?variant=}. */
    @EventType("concierge.media.variants-created.v1")
    record MediaVariantsCreated(String mediaId, List<Variant> variants, Instant createdAt) implements MediaEvent {

        public MediaVariantsCreated {
            variants = Immutable.list(variants);
        }
    }

    /** One resized copy: {@code name} is {@code thumb} or {@code screen}; sizes in pixels and bytes. */
    record Variant(String name, int width, int height, String contentType, long size) {
    }
}
