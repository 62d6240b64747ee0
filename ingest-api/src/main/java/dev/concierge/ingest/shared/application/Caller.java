package dev.concierge.ingest.shared.application;

import dev.concierge.schemas.common.Actor;
import java.util.Objects;

/** The authenticated user behind a write: JWT subject and its one role. */
public record Caller(String id, Role role) {

    public enum Role {
        CUSTOMER, AGENT, ADMIN;

        /** The name used in the JWT {@code groups} claim. */
        public String groupName() {
            return name().toLowerCase();
        }
    }

    public Caller {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }

    public boolean isStaff() {
        return role == Role.AGENT || role == Role.ADMIN;
    }

    public Actor asActor() {
        return new Actor(id, role.groupName());
    }
}
