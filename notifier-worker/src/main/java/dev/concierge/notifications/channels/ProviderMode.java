package dev.concierge.notifications.channels;

/** Where a provider's messages go: the dev outbox, the real service, or nowhere (channel unavailable). */
public enum ProviderMode {
    OUTBOX, REAL, OFF;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
