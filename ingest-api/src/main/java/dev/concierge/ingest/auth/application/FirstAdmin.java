package dev.concierge.ingest.auth.application;

import dev.concierge.ingest.auth.application.StaffAccounts.StaffAccount;
import dev.concierge.ingest.shared.application.Caller;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The first admin, from configuration: created (and published on {@code staff.events}) once, when
 * no staff account has its email; later starts change nothing.
 * <p>
 * Its id is derived from the email, so the event can be published before the account is stored:
 * if storing fails, the next start publishes the same description again instead of leaving an
 * account that was never announced, and two instances starting at once announce the same id.
 */
public final class FirstAdmin {

    static final String NAME = "Administrator";

    private final StaffAccounts staff;
    private final PasswordHasher passwords;
    private final StaffAccountEvents staffEvents;

    public FirstAdmin(StaffAccounts staff, PasswordHasher passwords, StaffAccountEvents staffEvents) {
        this.staff = staff;
        this.passwords = passwords;
        this.staffEvents = staffEvents;
    }

    /** True when this call created the admin. */
    public boolean ensure(String email, String password) {
        String normalised = StaffSignIn.normaliseEmail(email);
        if (staff.byEmail(normalised).isPresent()) {
            return false;
        }
        String id = "adm_" + UUID.nameUUIDFromBytes(("first-admin|" + normalised).getBytes(StandardCharsets.UTF_8));
        StaffAccount admin = new StaffAccount(id, normalised, NAME, Caller.Role.ADMIN, passwords.hash(password));
        staffEvents.saved(admin, null);
        return staff.create(admin);
    }
}
