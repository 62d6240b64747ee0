package dev.concierge.notifications.status.application;

import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import java.util.Optional;

/**
 * Every message a provider reports on later, by the provider's message id: which notification it
 * was, and (for a Notify) the command itself, so that a WhatsApp that fails later can fall back.
 */
public interface DeliveryLog {

    record Delivery(String providerMessageId, String notificationId, String recipientId, Channel channel,
            @Nullable Notify command) {
    }

    void record(Delivery delivery);

    Optional<Delivery> find(String providerMessageId);

    /** True only for the first call per message: the one status report that decides it. */
    boolean settle(String providerMessageId, String outcome);
}
