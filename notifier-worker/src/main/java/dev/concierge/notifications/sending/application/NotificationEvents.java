package dev.concierge.notifications.sending.application;

import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Nullable;

/** The notifier's facts on {@code notifications.events}, keyed by recipient id; returns once stored. */
public interface NotificationEvents {

    void sent(String notificationId, String recipientId, Channel channel, String templateId, String providerMessageId);

    void delivered(String notificationId, String recipientId, Channel channel, String providerMessageId);

    void failed(String notificationId, String recipientId, @Nullable Channel channel, String reason);
}
