package dev.concierge.notifications.outreach.messaging;

import dev.concierge.notifications.outreach.application.StoreOutreach;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.EventDecodingException;
import dev.concierge.schemas.outreach.OutreachCommand;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code outreach.commands}; poison records go to {@code outreach.commands.dlq}. The event id
 * names each store's message ({@code <event id>/<store id>}), so a redelivery sends nothing again.
 */
@ApplicationScoped
public class ContactStoresConsumer {

    private final StoreOutreach outreach;
    private final EventCodec codec;

    ContactStoresConsumer(StoreOutreach outreach, EventCodec codec) {
        this.outreach = outreach;
        this.codec = codec;
    }

    @Incoming("outreach-commands")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void consume(Record<String, byte[]> record) {
        CloudEvent<OutreachCommand> event = codec.decode(record.value(), Topics.OUTREACH_COMMANDS);
        if (event.data() instanceof OutreachCommand.ContactStores contactStores) {
            outreach.handle(event.id(), contactStores);
        }
    }
}
