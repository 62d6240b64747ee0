package dev.concierge.projections.notifications.domain;

import dev.concierge.schemas.common.Channel;
import java.time.Instant;
import java.util.List;

/**
 * A notification as its history shows it: to whom, for which request (null when no request caused it, or its
 * cause is not in the timeline yet), its template, where it stands now (the status, the channel that got it
 * there, the failure reason) and, in a detail, every fact about it oldest first.
 */
public record Notification(String notificationId, String recipientId, String requestId, String templateId,
        NotificationStatus status, Channel channel, String reason, Instant firstAt, Instant updatedAt,
        List<NotificationFact> history) {

    public Notification {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /**
     * The request fact that caused a notification, when the request processor sent it: its notification ids are
     * {@code <fact event id>/<template>/<recipient>}. Null for other senders' ids (sign-in codes, store outreach).
     */
    public static String causeOf(String notificationId) {
        int slash = notificationId.indexOf('/');
        return slash > 0 && notificationId.indexOf('/', slash + 1) > 0 ? notificationId.substring(0, slash) : null;
    }

    public String causeEventId() {
        return causeOf(notificationId);
    }

    public Notification withRequest(String resolved) {
        return new Notification(notificationId, recipientId, resolved, templateId, status, channel, reason, firstAt,
                updatedAt, history);
    }

    public Notification withHistory(List<NotificationFact> facts) {
        return new Notification(notificationId, recipientId, requestId, templateId, status, channel, reason, firstAt,
                updatedAt, facts);
    }
}
