package dev.concierge.notifications.directory.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * WhatsApp's customer-service window: for 24 hours after a person last wrote to us on WhatsApp we may
 * send them free text and media; otherwise only an approved template. Kept per recipient id (a store
 * id from {@code stores.inbound}, a customer id from their WhatsApp messages on {@code chat.messages}).
 */
public interface ConversationWindows {

    Duration LENGTH = Duration.ofHours(24);

    /** Records an inbound WhatsApp; an older one than the newest known changes nothing. */
    void opened(String recipientId, Instant at);

    Optional<Instant> lastInbound(String recipientId);

    default boolean isOpen(String recipientId, Instant now) {
        return lastInbound(recipientId).map(last -> now.isBefore(last.plus(LENGTH))).orElse(false);
    }
}
