package dev.concierge.schemas.common;

/** Whom a notification is for and where to reach them. */
public record Recipient(String id, Kind kind, @Nullable String phone, @Nullable String email) {

    public enum Kind { CUSTOMER, STORE, AGENT, ADMIN }
}
