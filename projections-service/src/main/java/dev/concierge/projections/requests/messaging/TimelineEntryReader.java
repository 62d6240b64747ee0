package dev.concierge.projections.requests.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.projections.requests.domain.TimelineEntry;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.MalformedEventException;
import dev.concierge.schemas.envelope.UnknownEventTypeException;
import dev.concierge.schemas.requests.RequestEvent;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A {@code requests.events} record as a timeline entry. A known fact is decoded (and so validated) by
 * the schemas codec; a fact of a type this build does not know (the contract grows additively) is kept
 * from its envelope alone, data as it came. Anything else that is not a CloudEvent fails with an
 * {@link dev.concierge.schemas.envelope.EventDecodingException}, which dead-letters the record.
 */
public final class TimelineEntryReader {

    private final EventCodec codec;
    private final ObjectMapper json;

    public TimelineEntryReader(EventCodec codec) {
        this.codec = codec;
        this.json = codec.mapper();
    }

    public TimelineEntry read(byte[] value, int partition, long offset) {
        if (value == null) {
            throw new MalformedEventException("a requests.events record has no value", "", null);
        }
        try {
            CloudEvent<RequestEvent> event = codec.decode(value, Topics.REQUESTS_EVENTS);
            return new TimelineEntry(event.id(), event.subject(), event.type(), event.time(), partition, offset,
                    json.writeValueAsString(event.data()), event.actorid(), event.actorrole());
        } catch (UnknownEventTypeException newerType) {
            return generic(value, partition, offset);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a decoded fact could not be written back as JSON", e);
        }
    }

    private TimelineEntry generic(byte[] value, int partition, long offset) {
        JsonNode root;
        try {
            root = json.readTree(value);
        } catch (IOException e) {
            throw new MalformedEventException("not valid JSON", "", e);
        }
        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            throw new MalformedEventException("a CloudEvent of type " + root.path("type").asText() + " has no JSON "
                    + "object in 'data'", "", null);
        }
        return new TimelineEntry(text(root, "id"), text(root, "subject"), text(root, "type"), time(root), partition,
                offset, data.toString(), root.path("actorid").textValue(), root.path("actorrole").textValue());
    }

    private static String text(JsonNode root, String attribute) {
        JsonNode node = root.get(attribute);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new MalformedEventException("CloudEvent attribute '" + attribute + "' must be a non-empty string", "",
                    null);
        }
        return node.asText();
    }

    private static Instant time(JsonNode root) {
        try {
            return Instant.parse(text(root, "time"));
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("CloudEvent attribute 'time' is not an RFC 3339 time", "", e);
        }
    }
}
