package dev.concierge.notifications.channels.email;

import dev.concierge.notifications.channels.ProviderMode;
import java.time.Duration;
import java.util.Optional;

/**
 * Where email goes: the dev outbox's SMTP port when {@code DEV_OUTBOX_URL} is set, the SMTP relay in
 * {@code SMTP_HOST} otherwise, and nowhere (email off) when neither is set. {@code timeout} bounds one
 * SMTP conversation.
 */
public record EmailSettings(ProviderMode mode, String from, String messageIdDomain, Duration timeout) {

    public static ProviderMode choose(Optional<String> outboxUrl, Optional<String> smtpHost) {
        if (outboxUrl.isPresent()) {
            return ProviderMode.OUTBOX;
        }
        return smtpHost.isPresent() ? ProviderMode.REAL : ProviderMode.OFF;
    }
}
