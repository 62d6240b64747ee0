package dev.concierge.schemas.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.catalog.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes {@link CloudEvent}s as CloudEvents 1.0 structured JSON, mapping the {@code type}
 * attribute to the record class that declares it with {@link EventType}. Unknown JSON fields are
 * ignored so that older consumers keep reading newer producers' events; anything else that does
 * not fit fails with a {@link MalformedEventException} or {@link UnknownEventTypeException}.
 * Thread-safe.
 */
public final class EventCodec {

    private static final int EXCERPT_RADIUS = 40;
    private static final EventCodec STANDARD = new EventCodec(Topics.ALL);

    private final ObjectMapper mapper;
    private final ObjectMapper publicMapper;
    private final Map<String, Class<?>> typesByName;

    public EventCodec(List<Topic<?>> topics) {
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .annotationIntrospector(new RequiredComponentsIntrospector())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .withConfigOverride(CloudEvent.class,
                        override -> override.setInclude(JsonInclude.Value.construct(
                                JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS)))
                .build();
        this.publicMapper = mapper.copy();
        this.typesByName = indexByTypeName(topics);
    }

    /** The codec for every topic of {@link Topics#ALL}. */
    public static EventCodec standard() {
        return STANDARD;
    }

    /**
     * A mapper configured like the codec's (ISO-8601 times, unknown fields ignored, required
     * components enforced), for payloads that are not envelopes. Changing it does not affect the codec.
     */
    public ObjectMapper mapper() {
        return publicMapper;
    }

    /**
     * @throws IllegalArgumentException when the event's type is not the one its data declares, is not
     *                                  in the catalog, or a required component of its data is null
     */
    public byte[] encode(CloudEvent<?> event) {
        Objects.requireNonNull(event, "event");
        String declaredType = EventTypes.typeOf(event.data().getClass());
        if (!declaredType.equals(event.type())) {
            throw new IllegalArgumentException("event " + event.id() + " says type '" + event.type()
                    + "' but its data is a " + declaredType);
        }
        if (!typesByName.containsKey(declaredType)) {
            throw new IllegalArgumentException("event type '" + declaredType + "' is on no topic of the catalog");
        }
        Optional<String> missing = RequiredComponents.firstMissing(event.data(), "data");
        if (missing.isPresent()) {
            throw new IllegalArgumentException("cannot encode " + declaredType + " event " + event.id() + ": "
                    + missing.get() + " is required but null");
        }
        try {
            return mapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + declaredType + " event " + event.id(), e);
        }
    }

    /** Decodes an event of any type in the catalog. */
    public CloudEvent<?> decode(byte[] bytes) {
        return decode(bytes, typesByName::get, "no topic of the catalog carries it");
    }

    /** Decodes an event that must be one of the types {@code topic} carries. */
    @SuppressWarnings("unchecked")
    public <V> CloudEvent<V> decode(byte[] bytes, Topic<V> topic) {
        return (CloudEvent<V>) decode(bytes,
                typeName -> Optional.ofNullable(typesByName.get(typeName)).filter(topic::carries).orElse(null),
                "topic " + topic.name() + " does not carry it");
    }

    private CloudEvent<?> decode(byte[] bytes, TypeLookup lookup, String unknownDetail) {
        if (bytes == null) {
            // a tombstone or an empty record where an event was due: bad input like any other, not a crash
            throw new MalformedEventException("the record has no value (a tombstone where an event was expected)", "",
                    null);
        }
        JsonNode root = parse(bytes);
        String type = requiredText(root, "type", bytes);
        Class<?> dataType = lookup.find(type);
        if (dataType == null) {
            throw new UnknownEventTypeException(type, unknownDetail);
        }
        String specversion = requiredText(root, "specversion", bytes);
        if (!CloudEvent.SPEC_VERSION.equals(specversion)) {
            throw new MalformedEventException("CloudEvent specversion must be 1.0, was '" + specversion + "'",
                    excerpt(bytes, 0), null);
        }
        String datacontenttype = root.hasNonNull("datacontenttype")
                ? requiredText(root, "datacontenttype", bytes)
                : CloudEvent.DATA_CONTENT_TYPE;
        if (!CloudEvent.DATA_CONTENT_TYPE.equals(datacontenttype)) {
            throw new MalformedEventException("CloudEvent data must be application/json, was '" + datacontenttype
                    + "'", excerpt(bytes, 0), null);
        }
        return new CloudEvent<>(
                specversion,
                requiredText(root, "id", bytes),
                type,
                requiredText(root, "source", bytes),
                requiredTime(root, bytes),
                requiredText(root, "subject", bytes),
                datacontenttype,
                optionalText(root, "traceparent"),
                optionalText(root, "actorid"),
                optionalText(root, "actorrole"),
                readData(root, type, dataType, bytes));
    }

    private static String optionalText(JsonNode root, String attribute) {
        JsonNode value = root.get(attribute);
        return value == null || value.isNull() ? null : value.asText();
    }

    private JsonNode parse(byte[] bytes) {
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not valid JSON: " + e.getOriginalMessage(),
                    excerpt(bytes, offsetOf(e.getLocation(), bytes)), e);
        } catch (IOException e) {
            throw new MalformedEventException("cannot read JSON: " + e.getMessage(), excerpt(bytes, 0), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedEventException("a CloudEvent must be a JSON object", excerpt(bytes, 0), null);
        }
        return root;
    }

    private Object readData(JsonNode root, String type, Class<?> dataType, byte[] bytes) {
        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            throw new MalformedEventException("CloudEvent of type '" + type + "' has no JSON object in 'data'",
                    excerpt(bytes, 0), null);
        }
        try {
            return mapper.treeToValue(data, dataType);
        } catch (JsonMappingException e) {
            String path = pathOf(e);
            throw new MalformedEventException("data of type '" + type + "' does not fit "
                    + dataType.getSimpleName() + " at " + path + ": " + e.getOriginalMessage(),
                    truncate(deepestNode(data, e.getPath()).toString()), e);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("data of type '" + type + "' cannot be read: " + e.getOriginalMessage(),
                    truncate(data.toString()), e);
        }
    }

    private static String requiredText(JsonNode root, String attribute, byte[] bytes) {
        JsonNode node = root.get(attribute);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new MalformedEventException("CloudEvent attribute '" + attribute + "' must be a non-empty string",
                    excerpt(bytes, 0), null);
        }
        return node.asText();
    }

    private static Instant requiredTime(JsonNode root, byte[] bytes) {
        String time = requiredText(root, "time", bytes);
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("CloudEvent attribute 'time' is not an RFC 3339 time: '" + time + "'",
                    excerpt(bytes, 0), e);
        }
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder("data");
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The innermost node along the failing path that exists, i.e. the value or object at fault. */
    private static JsonNode deepestNode(JsonNode data, List<JsonMappingException.Reference> path) {
        JsonNode node = data;
        for (JsonMappingException.Reference reference : path) {
            JsonNode next = reference.getFieldName() != null ? node.get(reference.getFieldName())
                    : node.get(reference.getIndex());
            if (next == null) {
                return node;
            }
            node = next;
        }
        return node;
    }

    private static int offsetOf(JsonLocation location, byte[] bytes) {
        if (location == null) {
            return 0;
        }
        long offset = location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
        return (int) Math.max(0, Math.min(offset, bytes.length));
    }

    /** Up to {@value #EXCERPT_RADIUS} bytes either side of {@code offset}, as printable text. */
    private static String excerpt(byte[] bytes, int offset) {
        int from = Math.max(0, offset - EXCERPT_RADIUS);
        int to = Math.min(bytes.length, offset + EXCERPT_RADIUS);
        if (offset == 0) {
            to = Math.min(bytes.length, 2 * EXCERPT_RADIUS);
        }
        return printable(new String(bytes, from, to - from, StandardCharsets.UTF_8));
    }

    private static String truncate(String text) {
        return printable(text.length() <= 2 * EXCERPT_RADIUS ? text : text.substring(0, 2 * EXCERPT_RADIUS) + "…");
    }

    private static String printable(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }

    private static Map<String, Class<?>> indexByTypeName(List<Topic<?>> topics) {
        Map<String, Class<?>> index = new HashMap<>();
        for (Topic<?> topic : topics) {
            for (Class<?> eventType : topic.eventTypes()) {
                Class<?> previous = index.put(EventTypes.typeOf(eventType), eventType);
                if (previous != null && previous != eventType) {
                    throw new IllegalArgumentException("event type '" + EventTypes.typeOf(eventType)
                            + "' is declared by both " + previous.getName() + " and " + eventType.getName());
                }
            }
        }
        return Map.copyOf(index);
    }

    @FunctionalInterface
    private interface TypeLookup {
        Class<?> find(String typeName);
    }
}
