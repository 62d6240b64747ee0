package dev.concierge.ingest.auth.application;

import dev.concierge.ingest.auth.application.StaffAccounts.StaffAccount;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.staff.StaffEvent.StaffAccountSaved;
import dev.concierge.schemas.staff.StaffEvent.StaffRole;

/**
 * Publishes a staff account on {@code staff.events} whenever one is created or its name, email or
 * phone is saved: the notifier finds admins and agents' addresses there. Each event is the full
 * description (no credentials), replacing the previous one for that staff id.
 */
public final class StaffAccountEvents {

    private final EventPublisher events;

    public StaffAccountEvents(EventPublisher events) {
        this.events = events;
    }

    /** {@code phone}: E.164 or null; staff accounts hold no language setting yet, so none is sent (English). */
    public String saved(StaffAccount account, String phone) {
        StaffRole role = account.role() == Caller.Role.ADMIN ? StaffRole.ADMIN : StaffRole.AGENT;
        return events.publish(Topics.STAFF_EVENTS, account.id(), new StaffAccountSaved(account.id(), role,
                account.name(), account.email(), phone, null)).eventId();
    }
}
