package dev.concierge.notifications.sending.application;

import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import java.time.Clock;
import java.util.List;

/**
 * Sends what waited for quiet hours to end. A notification is removed only after it was sent (or
 * failed); if the process dies in between, the next run sends it again and the send claims turn
 * that into "already sent".
 */
public final class DeferredSendRunner {

    private static final int BATCH = 100;

    private final DeferredSends deferred;
    private final NotificationSender sender;
    private final Clock clock;

    public DeferredSendRunner(DeferredSends deferred, NotificationSender sender, Clock clock) {
        this.deferred = deferred;
        this.sender = sender;
        this.clock = clock;
    }

    /** @return how many were due */
    public int runDue() {
        List<Notify> due = deferred.due(clock.instant(), BATCH);
        for (Notify notify : due) {
            sender.sendDeferred(notify);
            deferred.remove(notify.idempotencyKey());
        }
        return due.size();
    }
}
