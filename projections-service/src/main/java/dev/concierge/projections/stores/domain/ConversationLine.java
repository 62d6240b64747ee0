package dev.concierge.projections.stores.domain;

import dev.concierge.schemas.common.Money;
import java.time.Instant;
import java.util.Comparator;

/**
 * One WhatsApp message between Concierge and a store about a request: the outreach it was sent
 * ({@code SENT}: the text, round and reply code) or the reply it gave ({@code RECEIVED}: its raw text as the
 * processor read it, whether it has the item, the price it named). Fields of the other direction are null.
 */
public record ConversationLine(String requestId, Direction direction, Instant at, String text, Integer round,
        String replyCode, Boolean available, Money price) {

    public enum Direction { SENT, RECEIVED }

    /** Oldest first; two lines of the same instant keep outreach before its reply. */
    public static final Comparator<ConversationLine> CHRONOLOGICAL = Comparator.comparing(ConversationLine::at)
            .thenComparing(ConversationLine::direction);

    public static ConversationLine sent(String requestId, Instant at, String text, int round, String replyCode) {
        return new ConversationLine(requestId, Direction.SENT, at, text, round, replyCode, null, null);
    }

    public static ConversationLine received(String requestId, Instant at, String text, boolean available, Money price) {
        return new ConversationLine(requestId, Direction.RECEIVED, at, text, null, null, available, price);
    }
}
