package dev.concierge.projections.notifications.domain;

import dev.concierge.projections.paging.PageRequest;
import dev.concierge.projections.requests.domain.Viewer;
import dev.concierge.schemas.common.Channel;
import java.util.Optional;

/**
 * A query over the notification history, newest first: every criterion optional (null: any). {@code channel}
 * and {@code status} match where a notification stands now.
 */
public record NotificationFilter(String requestId, String recipientId, Channel channel, NotificationStatus status,
        PageRequest page) {

    public static final String LIST = "notifications";

    /**
     * The filter narrowed to what a reader may see: staff see every notification, a customer only their own;
     * empty when a customer names another recipient.
     */
    public Optional<NotificationFilter> visibleTo(Viewer viewer) {
        if (viewer.isStaff()) {
            return Optional.of(this);
        }
        if (recipientId != null && !recipientId.equals(viewer.id())) {
            return Optional.empty();
        }
        return Optional.of(new NotificationFilter(requestId, viewer.id(), channel, status, page));
    }
}
