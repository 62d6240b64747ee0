package dev.concierge.outbox.messages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages exchanged with one number (or email address, or push token), oldest first as in a chat.
 * {@code replyTo} is the outbox-side number the counterpart last heard from, so a reply lands in the same
 * WhatsApp thread; null when nothing was sent to it over Twilio.
 */
public record Conversation(String counterpart, String replyTo, List<OutboxMessage> messages) {

    public Conversation {
        messages = List.copyOf(messages);
    }

    /** Groups a newest-first list by counterpart; the conversation with the newest message comes first. */
    public static List<Conversation> group(List<OutboxMessage> newestFirst, int perConversation) {
        Map<String, List<OutboxMessage>> byCounterpart = new LinkedHashMap<>();
        for (OutboxMessage message : newestFirst) {
            byCounterpart.computeIfAbsent(message.counterpart(), key -> new ArrayList<>()).add(message);
        }
        List<Conversation> conversations = new ArrayList<>();
        byCounterpart.forEach((counterpart, messages) -> {
            List<OutboxMessage> recent = new ArrayList<>(messages.subList(0, Math.min(perConversation, messages.size())));
            recent.sort(Comparator.comparing(OutboxMessage::time));
            conversations.add(new Conversation(counterpart, replyTo(messages), recent));
        });
        return conversations;
    }

    public boolean canReply() {
        return replyTo != null;
    }

    private static String replyTo(List<OutboxMessage> newestFirst) {
        for (OutboxMessage message : newestFirst) {
            boolean twilio = message.channel() == Channel.WHATSAPP || message.channel() == Channel.SMS;
            if (twilio && message.direction() == Direction.OUTBOUND) {
                return Addresses.bare(message.from());
            }
            if (twilio && message.direction() == Direction.INBOUND) {
                return Addresses.bare(message.to());
            }
        }
        return null;
    }
}
