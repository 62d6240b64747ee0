package dev.concierge.notifications.directory.messaging;

import dev.concierge.notifications.directory.application.DirectoryUpdates;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.EventDecodingException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows the directory topics from their beginning into the notifier's own database: customers,
 * stores, agents and staff accounts. Each poison record goes to its topic's {@code .dlq}.
 */
@ApplicationScoped
public class DirectoryConsumer {

    private final DirectoryUpdates updates;
    private final EventCodec codec;

    DirectoryConsumer(DirectoryUpdates updates, EventCodec codec) {
        this.updates = updates;
        this.codec = codec;
    }

    @Incoming("customers-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void customers(Record<String, byte[]> record) {
        updates.apply(codec.decode(record.value(), Topics.CUSTOMERS_EVENTS).data());
    }

    @Incoming("stores-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void stores(Record<String, byte[]> record) {
        updates.apply(codec.decode(record.value(), Topics.STORES_EVENTS).data());
    }

    @Incoming("agents-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void agents(Record<String, byte[]> record) {
        updates.apply(codec.decode(record.value(), Topics.AGENTS_EVENTS).data());
    }

    @Incoming("staff-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void staff(Record<String, byte[]> record) {
        updates.apply(codec.decode(record.value(), Topics.STAFF_EVENTS).data());
    }
}
