package dev.concierge.schemas.notifications;

import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Description;
import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.envelope.EventType;
import java.util.List;
import java.util.Map;

/** Values of {@code notifications.commands}, keyed by recipient id: messages the notifier must send. */
public sealed interface NotificationCommand {

    /**
     * Send a templated message. {@code channels} are tried in order until one succeeds; an empty
     * list means "the recipient's preferences": the notifier uses the channels the recipient chose
     * (customers.events), in their order. {@code idempotencyKey} identifies the notification in every later event, so a redelivered
     * command is sent once. {@code encryptedVariables} hold values (such as an OTP) that must not be
     * readable by whoever taps the topic; only the notifier can decrypt them ({@link VariableCipher}).
     * {@code attachments} are files an email carries (a receipt, a report): a GridFS media id or a URL.
     */
    @EventType("concierge.notification.command.notify.v1")
    record Notify(
            Recipient recipient,
            @Description("Channels to try in order until one succeeds; empty means the recipient's own channel "
                    + "preferences, in their order.") List<Channel> channels,
            String templateId,
            Map<String, String> variables,
            String idempotencyKey,
            @Nullable Map<String, String> encryptedVariables,
            @Nullable @Description("Files an email carries, e.g. a receipt PDF; absent or empty for none.")
            List<Attachment> attachments) implements NotificationCommand {

        public Notify {
            channels = Immutable.list(channels);
            variables = Immutable.map(variables);
            encryptedVariables = Immutable.map(encryptedVariables);
            attachments = Immutable.list(attachments);
        }

        /** A notification without attachments. */
        public Notify(Recipient recipient, List<Channel> channels, String templateId, Map<String, String> variables,
                String idempotencyKey, Map<String, String> encryptedVariables) {
            this(recipient, channels, templateId, variables, idempotencyKey, encryptedVariables, List.of());
        }
    }
}
