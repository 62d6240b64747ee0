package dev.concierge.schemas.notifications;

import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.envelope.EventType;
import java.util.List;
import java.util.Map;

/** Values of {@code notifications.commands}, keyed by recipient id: messages the notifier must send. */
public sealed interface NotificationCommand {

    /**
     * Send a templated message. {@code channels} are tried in order until one succeeds;
     * {@code idempotencyKey} identifies the notification in every later event, so a redelivered
     * command is sent once. {@code encryptedVariables} hold values (such as an OTP) that must not be
     * readable by whoever taps the topic; only the notifier can decrypt them.
     */
    @EventType("concierge.notification.command.notify.v1")
    record Notify(
            Recipient recipient,
            List<Channel> channels,
            String templateId,
            Map<String, String> variables,
            String idempotencyKey,
            @Nullable Map<String, String> encryptedVariables) implements NotificationCommand {

        public Notify {
            channels = Immutable.list(channels);
            variables = Immutable.map(variables);
            encryptedVariables = Immutable.map(encryptedVariables);
            if (channels != null && channels.isEmpty()) {
                throw new IllegalArgumentException("a notification needs at least one channel");
            }
        }
    }
}
