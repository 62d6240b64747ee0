package dev.concierge.projections.requests.messaging;

import dev.concierge.projections.requests.application.RequestProjection;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.chat.ChatEvent;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.EventDecodingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code chat.messages} → collection {@code messages}, once per event id. Undecodable records go to
 * {@code chat.messages.dlq} with the reason.
 */
@ApplicationScoped
public class ChatMessagesConsumer {

    private final RequestProjection projection;
    private final EventCodec codec;

    ChatMessagesConsumer(RequestProjection projection, EventCodec codec) {
        this.projection = projection;
        this.codec = codec;
    }

    @Incoming("chat-messages")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void consume(ConsumerRecord<String, byte[]> record) {
        CloudEvent<ChatEvent> event = codec.decode(record.value(), Topics.CHAT_MESSAGES);
        // ChatMessagePosted is the topic's only event today; the sealed interface makes a new one a compile-time matter
        projection.message(event.id(), (ChatMessagePosted) event.data(), Instant.ofEpochMilli(record.timestamp()));
    }
}
