package dev.concierge.notifications.support;

import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import java.util.List;
import java.util.Map;

/**
 * Notify commands as the processor and ingest-api write them, with templates of the real template
 * set and the variables each needs.
 */
public final class Messages {

    /** A customer template with an approved WhatsApp template and no quiet-hours exemption. */
    public static final String QUOTE = "request.quote";
    public static final Map<String, String> QUOTE_VARIABLES = Map.of(
            "requestId", "req_1", "itemPrice", "INR 250.00", "deliveryFee", "INR 35.00", "total", "INR 285.00",
            "expiresAt", "2026-11-30T13:15:00Z");
    public static final String OTP = "auth.otp";

    private Messages() {
    }

    public static Notify notify(String recipientId, Recipient.Kind kind, List<Channel> channels, String templateId,
            Map<String, String> variables, String notificationId) {
        return new Notify(new Recipient(recipientId, kind, null, null), channels, templateId, variables,
                notificationId, null);
    }

    public static Notify quoteTo(String customerId, List<Channel> channels, String notificationId) {
        return notify(customerId, Recipient.Kind.CUSTOMER, channels, QUOTE, QUOTE_VARIABLES, notificationId);
    }

    public static Notify withAttachments(Notify notify, List<Attachment> attachments) {
        return new Notify(notify.recipient(), notify.channels(), notify.templateId(), notify.variables(),
                notify.idempotencyKey(), notify.encryptedVariables(), attachments);
    }
}
