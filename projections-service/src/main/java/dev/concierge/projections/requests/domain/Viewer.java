package dev.concierge.projections.requests.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is reading, from the token: a customer sees only their own requests, agents and admins see all.
 * Another customer's request is treated as absent, so its existence is never revealed.
 */
public record Viewer(String id, Role role) {

    public enum Role {
        CUSTOMER, AGENT, ADMIN;

        /** The strongest role among the token's groups; empty when none of them may read requests. */
        public static Optional<Role> strongestOf(Set<String> groups) {
            if (groups.contains("admin")) {
                return Optional.of(ADMIN);
            }
            if (groups.contains("agent")) {
                return Optional.of(AGENT);
            }
            return groups.contains("customer") ? Optional.of(CUSTOMER) : Optional.empty();
        }
    }

    public Viewer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }

    public boolean isStaff() {
        return role != Role.CUSTOMER;
    }

    public boolean mayRead(String customerIdOfRequest) {
        return isStaff() || id.equals(customerIdOfRequest);
    }
}
