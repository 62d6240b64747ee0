package dev.concierge.ingest.media.messaging;

import dev.concierge.ingest.media.application.ImageResizer.UnusableImageException;
import dev.concierge.ingest.media.application.MediaVariants;
import dev.concierge.ingest.media.application.MediaVariants.MissingMediaException;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.EventDecodingException;
import dev.concierge.schemas.media.MediaEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code media.events} for {@link MediaVariants}: each {@code MediaUploaded} gets its resized
 * copies; the job's own {@code MediaVariantsCreated} passes by. The project's consumer pattern: the
 * connector commits only after the method returned; a record that cannot be decoded, whose image is
 * missing or damaged (or whose write still fails after the retries) goes to {@code media.events.dlq}
 * with the reason in the {@code dead-letter-*} headers, and the next record is processed. Channel
 * settings: {@code mp.messaging.incoming.media-variants.*} in {@code application.properties}.
 */
@ApplicationScoped
public class MediaVariantsConsumer {

    private final MediaVariants variants;
    private final EventCodec codec;

    MediaVariantsConsumer(MediaVariants variants, EventCodec codec) {
        this.variants = variants;
        this.codec = codec;
    }

    @Incoming("media-variants")
    @Blocking
    // a MongoDB or Kafka hiccup is retried in place; an unreadable record or image never will be readable
    @Retry(maxRetries = 5, delay = 500, jitter = 200,
            abortOn = {EventDecodingException.class, UnusableImageException.class, MissingMediaException.class})
    public void follow(Record<String, byte[]> record) {
        MediaEvent event = codec.decode(record.value(), Topics.MEDIA_EVENTS).data();
        if (event instanceof MediaEvent.MediaUploaded uploaded) {
            variants.makeFor(uploaded);
        }
    }
}
