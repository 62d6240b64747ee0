package dev.concierge.projections.notifications.web;

import dev.concierge.projections.notifications.application.NotificationReading;
import dev.concierge.projections.notifications.domain.Notification;
import dev.concierge.projections.notifications.domain.NotificationFilter;
import dev.concierge.projections.notifications.domain.NotificationStatus;
import dev.concierge.projections.requests.domain.Viewer;
import dev.concierge.projections.requests.web.Callers;
import dev.concierge.projections.web.ListView;
import dev.concierge.projections.web.Paging;
import dev.concierge.projections.web.RefusedException;
import dev.concierge.schemas.common.Channel;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The notification history with delivery status: staff read all, a customer their own (another's is a 404
 * exactly like a missing one).
 */
@Path("/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications", description = "Notifications sent, delivered and failed, per notification id")
public class NotificationsResource {

    private final NotificationReading reading;
    private final Callers callers;

    NotificationsResource(NotificationReading reading, Callers callers) {
        this.reading = reading;
        this.callers = callers;
    }

    @GET
    @Blocking
    @Operation(summary = "Notifications newest first, filtered by request, recipient, channel and status")
    public ListView<Notification> list(@QueryParam("requestId") String requestId,
            @QueryParam("recipientId") String recipientId, @QueryParam("channel") String channel,
            @QueryParam("status") String status, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Viewer viewer = callers.viewer();
        NotificationFilter filter = new NotificationFilter(Paging.blankToNull(requestId), Paging.blankToNull(recipientId),
                oneOf("channel", channel, Channel.class), oneOf("status", status, NotificationStatus.class),
                Paging.of(NotificationFilter.LIST, limit, cursor));
        return reading.list(filter, viewer).map(ListView::of).orElseThrow(() -> RefusedException.badParameter(
                "recipientId", "customers list their own notifications; leave recipientId out"));
    }

    @GET
    // the request processor's notification ids hold slashes (<fact id>/<template>/<recipient>)
    @Path("/{notificationId: .+}")
    @Blocking
    @Operation(summary = "One notification with every fact about it, oldest first")
    public Notification detail(@PathParam("notificationId") String notificationId) {
        Viewer viewer = callers.viewer();
        return reading.detail(notificationId, viewer)
                .orElseThrow(() -> RefusedException.notFound("no notification " + notificationId));
    }

    private static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw RefusedException.badParameter(name, name + " '" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
