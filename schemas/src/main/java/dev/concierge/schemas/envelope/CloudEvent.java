package dev.concierge.schemas.envelope;

import dev.concierge.schemas.common.Nullable;
import java.time.Instant;
import java.util.Objects;

/**
 * A CloudEvents 1.0 structured-mode event. Every Kafka record value in Concierge is one of these,
 * serialised as JSON with {@code content-type: application/cloudevents+json}.
 *
 * @param subject the aggregate id (request id, store id …); also the Kafka record key
 * @param actorid the CloudEvents extension naming who caused the event when a person or service issued
 *                a command for it (the command's {@code issuedBy.id}); absent otherwise
 * @param actorrole the extension with that actor's role: customer, agent, admin or system
 */
public record CloudEvent<T>(
        String specversion,
        String id,
        String type,
        String source,
        Instant time,
        String subject,
        String datacontenttype,
        @Nullable String traceparent,
        @Nullable String actorid,
        @Nullable String actorrole,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    public CloudEvent {
        requireText(specversion, "specversion");
        requireText(id, "id");
        requireText(type, "type");
        requireText(source, "source");
        Objects.requireNonNull(time, "time");
        requireText(subject, "subject");
        requireText(datacontenttype, "datacontenttype");
        Objects.requireNonNull(data, "data");
        if (!SPEC_VERSION.equals(specversion)) {
            throw new IllegalArgumentException("specversion must be 1.0, was " + specversion);
        }
    }

    /**
     * Wraps {@code data} in an envelope; the type comes from the record's {@link EventType}.
     * Ids and times are passed in, never made here, so callers stay deterministic under test.
     */
    public static <T> CloudEvent<T> of(String id, String source, Instant time, String subject, T data) {
        return new CloudEvent<>(SPEC_VERSION, id, EventTypes.typeOf(data.getClass()), source, time, subject,
                DATA_CONTENT_TYPE, null, null, null, data);
    }

    public CloudEvent<T> withTraceparent(String value) {
        return new CloudEvent<>(specversion, id, type, source, time, subject, datacontenttype, value, actorid, actorrole,
                data);
    }

    /** The same event, saying who issued the command that caused it. */
    public CloudEvent<T> withActor(String id, String role) {
        requireText(id, "actorid");
        requireText(role, "actorrole");
        return new CloudEvent<>(specversion, id(), type, source, time, subject, datacontenttype, traceparent, id, role,
                data);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("CloudEvent " + name + " must be set");
        }
    }
}
