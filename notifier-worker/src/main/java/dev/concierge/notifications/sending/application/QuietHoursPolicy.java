package dev.concierge.notifications.sending.application;

import dev.concierge.schemas.common.QuietHours;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which messages wait for a recipient's quiet hours to end. Sign-in codes, payment and delivery
 * messages are time-critical and go at once; everything else waits. The urgent ones are named by
 * template id prefix (e.g. {@code auth.}, {@code request.pay}).
 */
public final class QuietHoursPolicy {

    private final List<String> urgentPrefixes;

    public QuietHoursPolicy(List<String> urgentPrefixes) {
        this.urgentPrefixes = List.copyOf(urgentPrefixes);
    }

    /** When to send instead of now, or empty to send now. */
    public Optional<Instant> deferUntil(String templateId, QuietHours quietHours, Instant now) {
        if (quietHours == null || isUrgent(templateId) || !quietHours.covers(now)) {
            return Optional.empty();
        }
        return Optional.of(quietHours.endAfter(now));
    }

    public boolean isUrgent(String templateId) {
        return urgentPrefixes.stream().anyMatch(templateId::startsWith);
    }
}
