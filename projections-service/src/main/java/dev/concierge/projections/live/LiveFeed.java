package dev.concierge.projections.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.projections.requests.application.LiveChanges;
import dev.concierge.projections.requests.domain.ChatMessage;
import dev.concierge.projections.requests.domain.Viewer;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.requests.RequestSnapshot;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Fans the projection's changes out to every open stream, each filtered by what its viewer may see,
 * and times each push from the Kafka record's timestamp ({@code concierge.projections.push.latency}).
 * Only changes made while a client is connected reach it: resuming with {@code Last-Event-ID} is later work.
 */
@ApplicationScoped
public class LiveFeed implements LiveChanges {

    private static final LiveChange READY = new LiveChange("ready", null, "{}", null, null);

    private final BroadcastProcessor<LiveChange> changes = BroadcastProcessor.create();
    private final ObjectMapper json;
    private final Timer latency;
    private final Clock clock = Clock.systemUTC();

    LiveFeed(EventCodec codec, MeterRegistry registry) {
        this.json = codec.mapper();
        this.latency = Timer.builder("concierge.projections.push.latency")
                .description("From the Kafka record's timestamp to the push of its change on /v1/stream")
                .publishPercentileHistogram().register(registry);
    }

    // the consumers of two topics call these on their own threads; a processor takes one signal at a time
    @Override
    public synchronized void requestChanged(RequestSnapshot snapshot, Instant recordTime) {
        changes.onNext(new LiveChange("request", snapshot.requestId(), write(snapshot), snapshot.customerId(),
                recordTime));
    }

    @Override
    public synchronized void messagePosted(ChatMessage message, String ownerCustomerId, Instant recordTime) {
        changes.onNext(new LiveChange("message", message.requestId(), write(message), ownerCustomerId, recordTime));
    }

    /**
     * The changes this viewer may see, from now on, after a first {@code ready} item: it is sent once
     * the stream listens to the feed, so a client knows from when nothing is missed.
     */
    public Multi<LiveChange> streamFor(Viewer viewer) {
        Multi<LiveChange> visible = changes.filter(change -> viewer.mayRead(change.customerId()))
                .onItem().invoke(change -> latency.record(Duration.between(change.recordTime(), clock.instant())));
        // merging subscribes in order: the feed first, then the one-item stream that says so
        return Multi.createBy().merging().streams(visible, Multi.createFrom().item(READY));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a live change could not be written as JSON", e);
        }
    }
}
