package dev.concierge.schemas.catalog;

/** Kafka's {@code cleanup.policy}: DELETE drops old segments by age, COMPACT keeps the latest value per key. */
public enum CleanupPolicy {
    DELETE("delete"),
    COMPACT("compact");

    private final String configValue;

    CleanupPolicy(String configValue) {
        this.configValue = configValue;
    }

    /** The value of the topic config {@code cleanup.policy}. */
    public String configValue() {
        return configValue;
    }
}
