package dev.concierge.schemas.envelope;

/** Reads the CloudEvents type name declared on an event record. */
public final class EventTypes {

    private EventTypes() {
    }

    public static String typeOf(Class<?> recordType) {
        EventType annotation = recordType.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(recordType.getName() + " is not an event: it has no @EventType");
        }
        return annotation.value();
    }
}
