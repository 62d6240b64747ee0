package dev.concierge.schemas.chat;

import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Description;
import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.envelope.EventType;
import java.time.Instant;
import java.util.List;

/** Values of {@code chat.messages}, keyed by request id. */
public sealed interface ChatEvent {

    String requestId();

    /** One message in a request's conversation, from any side. */
    @EventType("concierge.chat.message-posted.v1")
    record ChatMessagePosted(
            String messageId,
            String requestId,
            Author author,
            String authorId,
            @Nullable String text,
            List<Attachment> attachments,
            Instant postedAt,
            @Nullable @Description("The channel the message came through: WHATSAPP for a customer's WhatsApp message, "
                    + "IN_APP for the app and web chat; absent for bot, agent and store messages and older events.")
            Channel channel) implements ChatEvent {

        public ChatMessagePosted {
            attachments = Immutable.list(attachments);
        }

        /** A message whose channel is not recorded (bot, agent and store messages). */
        public ChatMessagePosted(String messageId, String requestId, Author author, String authorId, String text,
                List<Attachment> attachments, Instant postedAt) {
            this(messageId, requestId, author, authorId, text, attachments, postedAt, null);
        }
    }

    /**
     * A read receipt: {@code readerId} (of side {@code reader}: CUSTOMER for the request's customer, AGENT for
     * staff) has read the conversation up to {@code upToMessageId}, i.e. that message and every earlier one
     * the other side wrote.
     */
    @EventType("concierge.chat.messages-read.v1")
    record MessagesRead(
            String requestId,
            @Description("The side that read: CUSTOMER for the request's customer, AGENT for staff (agents and admins).")
            Author reader,
            String readerId,
            @Description("The newest message read; every earlier message of the request counts as read too.")
            String upToMessageId,
            Instant readAt) implements ChatEvent {
    }
}
