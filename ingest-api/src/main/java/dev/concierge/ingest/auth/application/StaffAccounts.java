package dev.concierge.ingest.auth.application;

import dev.concierge.ingest.shared.application.Caller;
import java.util.Optional;

/** Agents and admins who sign in with email and password. */
public interface StaffAccounts {

    Optional<StaffAccount> byEmail(String email);

    Optional<StaffAccount> byId(String id);

    /** False when an account with this email already exists. */
    boolean create(StaffAccount account);

    void updatePasswordHash(String id, String passwordHash);

    /** {@code passwordHash} is null until the person set a password through their invitation. */
    record StaffAccount(String id, String email, String name, Caller.Role role, String passwordHash) {
    }
}
