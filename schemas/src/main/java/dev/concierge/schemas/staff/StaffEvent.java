package dev.concierge.schemas.staff;

import dev.concierge.schemas.common.Description;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.envelope.EventType;

/**
 * Values of {@code staff.events}, keyed by staff id: the people who run Concierge (admins and
 * agents) and how to reach them. The notifier resolves the {@code admins} recipient group and staff
 * emails from it; no password or credential is ever on this topic.
 */
public sealed interface StaffEvent {

    String staffId();

    /** The full description of a staff account; it replaces the previous one. */
    @EventType("concierge.staff.account-saved.v1")
    record StaffAccountSaved(
            String staffId,
            StaffRole role,
            String name,
            String email,
            @Nullable String phone,
            @Nullable @Description("The language messages to this person are written in, 'en' or 'hi'; absent "
                    + "means English.") String language) implements StaffEvent {
    }

    enum StaffRole { ADMIN, AGENT }
}
