package dev.concierge.projections.requests.domain;

import dev.concierge.schemas.chat.ChatEvent.MessagesRead;
import dev.concierge.schemas.common.Author;
import java.time.Instant;
import java.util.List;

/**
 * A read receipt as the {@code messages} read model applies it: one side of a request's conversation read
 * {@code upToMessageId} and every earlier message of the other side at {@code readAt}.
 *
 * <p>The customer's side is the customer alone; the staff side is agents and admins (both {@code AGENT}) and
 * the bot, which speaks for the platform. So a customer's receipt marks agent, bot and store messages, and a
 * staff receipt marks the customer's and stores' messages.
 */
public record ReadReceipt(String eventId, String requestId, Author reader, String readerId, String upToMessageId,
        Instant readAt) {

    private static final List<Author> READ_BY_CUSTOMER = List.of(Author.AGENT, Author.BOT, Author.STORE);
    private static final List<Author> READ_BY_STAFF = List.of(Author.CUSTOMER, Author.STORE);

    public static ReadReceipt of(String eventId, MessagesRead read) {
        return new ReadReceipt(eventId, read.requestId(), read.reader(), read.readerId(), read.upToMessageId(),
                read.readAt());
    }

    public boolean byCustomer() {
        return reader == Author.CUSTOMER;
    }

    /** The authors whose messages this receipt marks as read (never the reader's own side). */
    public List<Author> marks() {
        return byCustomer() ? READ_BY_CUSTOMER : READ_BY_STAFF;
    }
}
