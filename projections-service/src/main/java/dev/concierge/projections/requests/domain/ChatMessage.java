package dev.concierge.projections.requests.domain;

import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import java.time.Instant;
import java.util.List;

/**
 * A message of a request's conversation as the {@code messages} read model keeps it, one per event id.
 * The text is kept encrypted under the request's data key; {@code erased} says that key was deleted
 * (the customer's data was erased), and then the text is null. {@code readByCustomerAt} / {@code readByStaffAt}
 * are the earliest read receipts of each side that cover the message ({@link ReadReceipt}), null until one does.
 */
public record ChatMessage(
        String eventId,
        String messageId,
        String requestId,
        Author author,
        String authorId,
        Channel channel,
        String text,
        List<Attachment> attachments,
        Instant postedAt,
        boolean erased,
        Instant readByCustomerAt,
        Instant readByStaffAt) {

    public ChatMessage {
        attachments = List.copyOf(attachments);
    }

    public static ChatMessage of(String eventId, ChatMessagePosted posted) {
        return new ChatMessage(eventId, posted.messageId(), posted.requestId(), posted.author(), posted.authorId(),
                posted.channel(), posted.text(), posted.attachments(), posted.postedAt(), false, null, null);
    }
}
