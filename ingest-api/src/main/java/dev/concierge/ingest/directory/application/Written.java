package dev.concierge.ingest.directory.application;

import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.ForbiddenException;

/** The id of the written directory entry and the CloudEvent id it was stored as. */
public record Written(String id, String eventId) {

    static void requireRole(Caller caller, Caller.Role role, String what) {
        if (caller.role() != role) {
            throw new ForbiddenException("only a " + role.groupName() + " may " + what);
        }
    }
}
