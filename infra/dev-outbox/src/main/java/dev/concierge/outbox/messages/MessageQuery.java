package dev.concierge.outbox.messages;

import java.util.Arrays;

/**
 * Filters for the message list. {@code to} matches a recipient with or without the {@code whatsapp:}
 * prefix, and any one recipient of a multi-recipient email.
 */
public record MessageQuery(String to, Channel channel, int limit) {

    public static MessageQuery all(int limit) {
        return new MessageQuery(null, null, limit);
    }

    boolean matches(OutboxMessage message) {
        if (channel != null && message.channel() != channel) {
            return false;
        }
        if (to == null || to.isBlank()) {
            return true;
        }
        String wanted = Addresses.bare(to);
        return message.to() != null && Arrays.stream(message.to().split(","))
                .map(Addresses::bare)
                .anyMatch(wanted::equalsIgnoreCase);
    }
}
