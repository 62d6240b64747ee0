package dev.concierge.projections.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.projections.notifications.application.NotificationChanges;
import dev.concierge.projections.notifications.domain.NotificationFact;
import dev.concierge.projections.requests.application.LiveChanges;
import dev.concierge.projections.requests.domain.ChatMessage;
import dev.concierge.projections.requests.domain.ReadReceipt;
import dev.concierge.projections.requests.domain.Viewer;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.requests.RequestSnapshot;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.BufferOverflowException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fans the projections' changes out to every open stream, each filtered by what its viewer may see, and
 * times each live push from the Kafka record's timestamp ({@code concierge.projections.push.latency}).
 * Request, message, read-receipt and notification changes are numbered and the last {@code concierge.stream.resume-buffer}
 * are kept in memory ({@link ResumeBuffer}): a client reconnecting with {@code Last-Event-ID} first gets what
 * it missed, or a {@code reset} when that is no longer all here (it must reload). Typing signals are not kept.
 *
 * <p>Each open stream queues at most {@code concierge.stream.client-buffer} changes that its connection has not
 * written yet (a slow client, or a staff stream, which sees every request, during a burst). Past that the stream
 * ends cleanly instead of failing: a failure after the first byte cannot be told to the client, and the connection
 * would be reset with the error only in our log. An ended stream is reconnected by the client, with
 * {@code Last-Event-ID} it gets what it missed from the resume buffer.
 */
@ApplicationScoped
public class LiveFeed implements LiveChanges, NotificationChanges {

    private static final LiveChange READY = new LiveChange("ready", null, "{}", null, null);
    private static final LiveChange RESET = new LiveChange("reset", null,
            "{\"reason\":\"the changes since Last-Event-ID are no longer kept; reload, then listen again\"}", null, null);

    private static final Logger LOG = Logger.getLogger(LiveFeed.class);

    private final Set<Subscriber> subscribers = new LinkedHashSet<>();
    private final ResumeBuffer buffer;
    private final int clientBuffer;
    private final ObjectMapper json;
    private final Timer latency;
    private final Clock clock = Clock.systemUTC();

    LiveFeed(EventCodec codec, MeterRegistry registry,
            @ConfigProperty(name = "concierge.stream.resume-buffer", defaultValue = "10000") int resumeBuffer,
            @ConfigProperty(name = "concierge.stream.client-buffer", defaultValue = "2048") int clientBuffer) {
        this.json = codec.mapper();
        this.clientBuffer = clientBuffer;
        // ids of this run only: after a restart, an id from before is answered with a reset
        this.buffer = new ResumeBuffer(UUID.randomUUID().toString().substring(0, 8), resumeBuffer);
        this.latency = Timer.builder("concierge.projections.push.latency")
                .description("From the Kafka record's timestamp to the push of its change on /v1/stream")
                .publishPercentileHistogram().register(registry);
    }

    @Override
    public void requestChanged(RequestSnapshot snapshot, Instant recordTime) {
        publish(new LiveChange("request", snapshot.requestId(), write(snapshot), snapshot.customerId(), recordTime));
    }

    @Override
    public void messagePosted(ChatMessage message, String ownerCustomerId, Instant recordTime) {
        publish(new LiveChange("message", message.requestId(), write(message), ownerCustomerId, recordTime));
    }

    /** A read receipt: who of which side read up to which message, for whoever may see the request. */
    @Override
    public void messagesRead(ReadReceipt receipt, String ownerCustomerId, Instant recordTime) {
        publish(new LiveChange("read", receipt.requestId(), write(new ReadSignal(receipt.reader().name(),
                receipt.upToMessageId(), receipt.readAt())), ownerCustomerId, recordTime));
    }

    /** The data of a {@code read} event. */
    private record ReadSignal(String reader, String upToMessageId, Instant readAt) {
    }

    /** A customer's own notifications reach them (the recipient id is theirs); staff get every one. */
    @Override
    public void notified(NotificationFact fact, String requestId, Instant recordTime) {
        publish(new LiveChange("notification", requestId, write(fact), fact.recipientId(), recordTime));
    }

    /** Someone is typing in a request's chat; {@code ownerCustomerId} null (request unknown yet) means staff only. */
    public synchronized void typing(String requestId, String signalJson, String ownerCustomerId) {
        deliver(new LiveEvent(null, new LiveChange("typing", requestId, signalJson, ownerCustomerId, null), false));
    }

    // the consumers of several topics call in on their own threads: one change at a time keeps ids in order
    private synchronized void publish(LiveChange change) {
        deliver(buffer.add(change));
    }

    private void deliver(LiveEvent event) {
        subscribers.forEach(subscriber -> subscriber.offer(event));
    }

    /**
     * The changes this viewer may see. Without {@code lastEventId}: a first {@code ready} (from then on nothing
     * is missed), then live changes. With it: first the missed changes the viewer may see (or a {@code reset}),
     * then {@code ready}, then live ones; the replay and the subscription happen under one lock, so nothing
     * falls between them and nothing comes twice.
     */
    public Multi<LiveEvent> streamFor(Viewer viewer, String lastEventId) {
        return Multi.createFrom().<LiveEvent>emitter(emitter -> {
            Subscriber subscriber = new Subscriber(viewer, emitter);
            synchronized (this) {
                if (lastEventId != null) {
                    Optional<List<LiveEvent>> missed = buffer.after(lastEventId);
                    missed.ifPresentOrElse(events -> events.forEach(subscriber::offer),
                            () -> emitter.emit(new LiveEvent(null, RESET, false)));
                }
                emitter.emit(new LiveEvent(null, READY, false));
                subscribers.add(subscriber);
            }
            emitter.onTermination(() -> unsubscribe(subscriber));
        }, clientBuffer)
                .onFailure(BufferOverflowException.class).invoke(failure -> LOG.warnf(
                        "a stream of %s fell %d changes behind and was ended; its client reconnects", viewer, clientBuffer))
                .onFailure(BufferOverflowException.class).recoverWithCompletion()
                .onItem().invoke(event -> {
                    if (event.timed() && event.change().recordTime() != null) {
                        latency.record(Duration.between(event.change().recordTime(), clock.instant()));
                    }
                });
    }

    private synchronized void unsubscribe(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a live change could not be written as JSON", e);
        }
    }

    /** One open stream: its viewer and where its events go. */
    private record Subscriber(Viewer viewer, MultiEmitter<? super LiveEvent> emitter) {

        void offer(LiveEvent event) {
            if (viewer.mayRead(event.change().customerId())) {
                emitter.emit(event);
            }
        }
    }
}
