package dev.concierge.projections.notifications.application;

import dev.concierge.projections.notifications.domain.Notification;
import dev.concierge.projections.notifications.domain.NotificationFilter;
import dev.concierge.projections.paging.Page;
import dev.concierge.projections.requests.domain.Viewer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The notifications' query side: staff read every notification, a customer only their own. */
public final class NotificationReading {

    private final NotificationQueries queries;
    private final RequestLinks links;

    public NotificationReading(NotificationQueries queries, RequestLinks links) {
        this.queries = queries;
        this.links = links;
    }

    /** Empty when a customer asks for another recipient's notifications. */
    public Optional<Page<Notification>> list(NotificationFilter filter, Viewer viewer) {
        return filter.visibleTo(viewer).map(visible -> {
            Page<Notification> page = queries.list(visible,
                    visible.requestId() == null ? null : links.factsOf(visible.requestId()));
            return new Page<>(withRequests(page.items()), page.next());
        });
    }

    /** Empty both when it does not exist and when it is another customer's: the two look alike. */
    public Optional<Notification> detail(String notificationId, Viewer viewer) {
        return queries.byId(notificationId).filter(found -> viewer.isStaff() || viewer.id().equals(found.recipientId()))
                .map(found -> withRequests(List.of(found)).get(0).withHistory(queries.historyOf(notificationId)));
    }

    private List<Notification> withRequests(List<Notification> notifications) {
        List<String> causes = notifications.stream().map(Notification::causeEventId).filter(Objects::nonNull).toList();
        Map<String, String> requests = causes.isEmpty() ? Map.of() : links.requestsOf(causes);
        return notifications.stream().map(n -> n.causeEventId() == null ? n : n.withRequest(requests.get(n.causeEventId())))
                .toList();
    }
}
