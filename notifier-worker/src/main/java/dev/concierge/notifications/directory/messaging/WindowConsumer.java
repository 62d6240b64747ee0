package dev.concierge.notifications.directory.messaging;

import dev.concierge.notifications.directory.application.WindowOpeners;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.EventDecodingException;
import dev.concierge.schemas.stores.StoreInbound;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Opens WhatsApp's 24-hour windows from inbound messages: stores' on {@code stores.inbound},
 * customers' WhatsApp messages on {@code chat.messages}. Poison records go to the topic's {@code .dlq}.
 */
@ApplicationScoped
public class WindowConsumer {

    private final WindowOpeners openers;
    private final EventCodec codec;

    WindowConsumer(WindowOpeners openers, EventCodec codec) {
        this.openers = openers;
        this.codec = codec;
    }

    @Incoming("stores-inbound")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void storeMessages(Record<String, byte[]> record) {
        CloudEvent<StoreInbound> event = codec.decode(record.value(), Topics.STORES_INBOUND);
        openers.storeWrote(event.data(), event.time());
    }

    @Incoming("chat-messages")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void chatMessages(Record<String, byte[]> record) {
        openers.chatMessage(codec.decode(record.value(), Topics.CHAT_MESSAGES).data());
    }
}
