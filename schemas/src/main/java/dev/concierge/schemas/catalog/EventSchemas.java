package dev.concierge.schemas.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaKeyword;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import dev.concierge.schemas.common.Description;
import dev.concierge.schemas.common.GeoPoint;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventTypes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;

/**
 * JSON Schemas (draft-07, the dialect AsyncAPI 2 documents reference) of whole CloudEvents: the
 * envelope with its {@code type} fixed, and {@code data} generated from the record. A component
 * without {@link Nullable} is required and non-null, matching what the codec enforces.
 */
final class EventSchemas {

    static final String SCHEMA_FORMAT = "application/schema+json;version=draft-07";
    static final String DIRECTORY = "json-schema";

    private static final BigDecimal MINUS_90 = BigDecimal.valueOf(-90);
    private static final BigDecimal PLUS_90 = BigDecimal.valueOf(90);
    private static final BigDecimal MINUS_180 = BigDecimal.valueOf(-180);
    private static final BigDecimal PLUS_180 = BigDecimal.valueOf(180);

    private final ObjectMapper mapper;
    private final SchemaGenerator generator;

    EventSchemas(ObjectMapper mapper) {
        this.mapper = mapper;
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_7,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
        config.forTypesInGeneral()
                // keep the record's component order, which is how the JSON is written
                .withPropertySorter((first, second) -> 0)
                .withCustomDefinitionProvider((javaType, context) -> timeDefinition(javaType.getErasedType()));
        config.forFields()
                .withRequiredCheck(field -> field.getAnnotationConsideringFieldAndGetter(Nullable.class) == null)
                .withNullableCheck(field -> field.getAnnotationConsideringFieldAndGetter(Nullable.class) != null)
                .withDescriptionResolver(EventSchemas::description)
                // the same bounds the records' constructors enforce
                .withNumberInclusiveMinimumResolver(field -> bound(field, BigDecimal.ZERO, MINUS_90, MINUS_180))
                .withNumberInclusiveMaximumResolver(field -> bound(field, null, PLUS_90, PLUS_180))
                .withStringPatternResolver(field -> isField(field, Money.class, "currency") ? "^[A-Z]{3}$" : null);
        this.generator = new SchemaGenerator(config.build());
    }

    /** The file name of a type's schema inside {@value #DIRECTORY}, e.g. {@code concierge.request.created.v1.json}. */
    static String fileName(Class<?> eventType) {
        return EventTypes.typeOf(eventType) + ".json";
    }

    ObjectNode envelopeSchema(Topic<?> topic, Class<?> eventType) {
        String type = EventTypes.typeOf(eventType);
        ObjectNode data = generator.generateSchema(eventType);
        data.remove(SchemaKeyword.TAG_SCHEMA.forVersion(SchemaVersion.DRAFT_7));
        JsonNode definitions = data.remove(SchemaKeyword.TAG_DEFINITIONS.forVersion(SchemaVersion.DRAFT_7));

        ObjectNode schema = mapper.createObjectNode();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("title", eventType.getSimpleName());
        schema.put("description", "CloudEvents 1.0 structured JSON event '" + type + "' on Kafka topic '"
                + topic.name() + "' (key: " + topic.keyDescription() + ").");
        schema.put("type", "object");
        schema.putArray("required").add("specversion").add("id").add("type").add("source").add("time")
                .add("subject").add("datacontenttype").add("data");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("specversion").put("const", CloudEvent.SPEC_VERSION);
        text(properties, "id", "Unique per event (UUID); consumers de-duplicate by it.");
        properties.putObject("type").put("const", type);
        text(properties, "source", "The producing module.");
        properties.putObject("time").put("type", "string").put("format", "date-time");
        text(properties, "subject", "The aggregate id, also the Kafka record key: " + topic.keyDescription() + ".");
        properties.putObject("datacontenttype").put("const", CloudEvent.DATA_CONTENT_TYPE);
        properties.putObject("traceparent").put("type", "string")
                .put("description", "W3C trace context of the trace that produced the event, when there is one.");
        text(properties, "actorid", "Extension: who issued the command that caused the event (its issuedBy.id), when one did.");
        text(properties, "actorrole", "Extension: that actor's role (customer, agent, admin, system).");
        properties.set("data", data);
        if (definitions != null) {
            // the generated $refs point at #/definitions/…, so the definitions live at the root
            schema.set("definitions", definitions);
        }
        return schema;
    }

    /**
     * Times as Jackson writes them: an {@code Instant} is an RFC 3339 date-time; a {@code LocalTime}
     * is "HH:mm" or "HH:mm:ss", which JSON Schema's "time" format (it wants an offset) would reject.
     */
    private CustomDefinition timeDefinition(Class<?> type) {
        if (type == Instant.class) {
            return new CustomDefinition(mapper.createObjectNode().put("type", "string").put("format", "date-time"));
        }
        if (type == LocalTime.class) {
            return new CustomDefinition(mapper.createObjectNode().put("type", "string")
                    .put("pattern", "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?$"));
        }
        return null;
    }

    private static String description(FieldScope field) {
        Description description = field.getAnnotationConsideringFieldAndGetter(Description.class);
        return description == null ? null : description.value();
    }

    private static BigDecimal bound(FieldScope field, BigDecimal amount, BigDecimal latitude, BigDecimal longitude) {
        if (isField(field, Money.class, "amountMinor")) {
            return amount;
        }
        if (isField(field, GeoPoint.class, "lat")) {
            return latitude;
        }
        return isField(field, GeoPoint.class, "lon") ? longitude : null;
    }

    private static boolean isField(FieldScope field, Class<?> owner, String name) {
        return field.getDeclaringType().getErasedType() == owner && field.getName().equals(name);
    }

    private static void text(ObjectNode properties, String name, String description) {
        properties.putObject(name).put("type", "string").put("minLength", 1).put("description", description);
    }
}
