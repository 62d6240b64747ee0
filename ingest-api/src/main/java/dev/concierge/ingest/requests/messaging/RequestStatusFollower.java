package dev.concierge.ingest.requests.messaging;

import dev.concierge.ingest.requests.application.RequestClosures;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.EventDecodingException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code requests.state} for {@link RequestClosures}. The pattern every consumer in this
 * project copies: a thin {@code @Incoming} adapter that decodes and calls a plain handler; the
 * connector commits only after the method returned; a record that cannot be decoded (or whose
 * write still fails after the retries) goes to {@code requests.state.dlq} with the reason in the
 * {@code dead-letter-*} headers, and the next record is processed. Channel settings:
 * {@code mp.messaging.incoming.request-status.*} in {@code application.properties}.
 */
@ApplicationScoped
public class RequestStatusFollower {

    private final RequestClosures closures;
    private final EventCodec codec;

    RequestStatusFollower(RequestClosures closures, EventCodec codec) {
        this.closures = closures;
        this.codec = codec;
    }

    @Incoming("request-status")
    @Blocking
    // a MongoDB hiccup is retried in place; an unreadable record never will be readable, so it fails at once
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void follow(Record<String, byte[]> record) {
        if (record.value() == null) {
            return; // a compaction tombstone
        }
        closures.apply(codec.decode(record.value(), Topics.REQUESTS_STATE).data());
    }
}
