package dev.concierge.ingest.shared.application;

import dev.concierge.schemas.catalog.Topic;
import java.util.concurrent.CompletionStage;

/**
 * Appends one event to a topic; done only once the broker acknowledged it.
 */
public interface EventPublisher {

    /**
     * Returns once the broker acknowledged the event.
     *
     * @throws EventStoreUnavailableException when the broker did not acknowledge within the write deadline
     * @throws PayloadTooLargeException when the event can never be stored
     */
    <V> PublishedEvent publish(Topic<V> topic, String key, V data);

    /**
     * The same without holding a thread while the broker answers: completes when it acknowledged, or
     * fails with {@link EventStoreUnavailableException} or {@link PayloadTooLargeException} as
     * {@link #publish} throws them, within the same deadline.
     */
    <V> CompletionStage<PublishedEvent> publishAsync(Topic<V> topic, String key, V data);

    /** What a caller can tell the client: the CloudEvent id and where it landed. */
    record PublishedEvent(String eventId, String topic, int partition, long offset) {
    }
}
