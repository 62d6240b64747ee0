package dev.concierge.schemas.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.EventTypes;
import dev.concierge.schemas.fixtures.SampleEvents;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import dev.concierge.schemas.payments.PaymentCommand.CreatePaymentLink;
import dev.concierge.schemas.requests.RequestEvent.QuoteSent;
import dev.concierge.schemas.requests.RequestEvent.SlaBreached;
import dev.concierge.schemas.stores.StoreEvent.StoreRegistered;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the schemas the build wrote into target/classes, i.e. what ships in the jar. */
class JsonSchemaFilesTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig ASSERT_FORMATS =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final EventCodec codec = EventCodec.standard();

    static Stream<Arguments> samples() {
        return SampleEvents.oneOfEachType().stream()
                .map(sample -> Arguments.of(EventTypes.typeOf(sample.getClass()), sample));
    }

    @Test
    void every_catalog_type_has_a_schema_file_and_there_are_no_others() throws IOException, URISyntaxException {
        // given the schema files on the classpath
        URL directory = getClass().getClassLoader().getResource("json-schema");
        assertThat(directory).as("json-schema/ on the classpath").isNotNull();
        Set<String> files;
        try (Stream<Path> paths = Files.list(Path.of(directory.toURI()))) {
            files = paths.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        }

        // then there is one per type of the catalog, named after the type
        Set<String> expected = Topics.ALL.stream().flatMap(topic -> topic.eventTypes().stream())
                .map(type -> EventTypes.typeOf(type) + ".json").collect(Collectors.toSet());
        assertThat(files).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_sample_validates_against_its_published_schema(String typeName, Object sample) throws IOException {
        // given the encoded sample and the schema of its type
        JsonNode event = codec.mapper().readTree(codec.encode(SampleEvents.envelope(sample)));
        JsonSchema schema = schemaOf(sample.getClass());

        // when it is validated
        Set<ValidationMessage> errors = schema.validate(event);

        // then the schema accepts what the codec writes
        assertThat(errors).isEmpty();
    }

    @Test
    void a_schema_rejects_what_the_codec_rejects() throws IOException {
        // given a valid quote, then copies lacking a required field, with a wrong type, a null, a bad time
        JsonSchema schema = schemaOf(QuoteSent.class);
        ObjectNode valid = quoteSentJson();
        ObjectNode noStore = valid.deepCopy();
        ((ObjectNode) noStore.get("data")).remove("storeId");
        ObjectNode nullStore = valid.deepCopy();
        ((ObjectNode) nullStore.get("data")).putNull("storeId");
        ObjectNode textTotal = valid.deepCopy();
        ((ObjectNode) textTotal.get("data")).put("total", "57 rupees");
        ObjectNode badCurrency = valid.deepCopy();
        ((ObjectNode) badCurrency.at("/data/total")).put("currency", "rupees");
        ObjectNode badTime = valid.deepCopy();
        badTime.put("time", "yesterday");
        ObjectNode otherType = valid.deepCopy();
        otherType.put("type", "concierge.request.cancelled.v1");

        // when / then
        assertThat(schema.validate(valid)).isEmpty();
        for (ObjectNode invalid : List.of(noStore, nullStore, textTotal, badCurrency, badTime, otherType)) {
            assertThat(schema.validate(invalid)).as(invalid.toString()).isNotEmpty();
        }
    }

    @Test
    void a_schema_accepts_absent_optional_fields_and_unknown_ones() throws IOException {
        // given a quote without its optional expiry and with a field from a newer producer
        ObjectNode json = quoteSentJson();
        ((ObjectNode) json.get("data")).remove("expiresAt");
        ((ObjectNode) json.get("data")).put("loyaltyPoints", 12);

        // when / then
        assertThat(schemaOf(QuoteSent.class).validate(json)).isEmpty();
    }

    @Test
    void the_published_schemas_say_what_the_contract_fixes_of_issue_9_mean() throws IOException {
        // given the schema files of the types whose contract changed
        JsonNode store = rawSchemaOf(StoreRegistered.class).at("/properties/data");
        JsonNode chat = rawSchemaOf(ChatMessagePosted.class);
        JsonNode notify = rawSchemaOf(Notify.class).at("/properties/data/properties/channels");
        JsonNode link = rawSchemaOf(CreatePaymentLink.class).at("/properties/data");
        JsonNode breach = rawSchemaOf(SlaBreached.class).at("/properties/data/properties/sla");

        // then a store may omit its radius, an attachment its type, and the meanings are written down
        assertThat(names(store.get("required"))).doesNotContain("radiusMeters");
        assertThat(store.at("/properties/radiusMeters/description").asText()).contains("3 km");
        assertThat(chat.toString()).contains("absent when it is not known");
        assertThat(notify.get("description").asText()).contains("empty means the recipient's own channel preferences");
        assertThat(names(link.get("required"))).contains("attempt");
        assertThat(names(breach.get("enum"))).containsExactly("FIRST_AGENT_REPLY", "QUOTE", "PAYMENT", "DELIVERY",
                "REFUND");
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new java.util.ArrayList<>();
        array.forEach(node -> names.add(node.asText()));
        return names;
    }

    private JsonNode rawSchemaOf(Class<?> type) throws IOException {
        String resource = "json-schema/" + EventTypes.typeOf(type) + ".json";
        try (InputStream in = JsonSchemaFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return codec.mapper().readTree(in);
        }
    }

    private ObjectNode quoteSentJson() throws IOException {
        Object quoteSent = SampleEvents.oneOfEachType().stream().filter(QuoteSent.class::isInstance)
                .findFirst().orElseThrow();
        return (ObjectNode) codec.mapper().readTree(codec.encode(SampleEvents.envelope(quoteSent)));
    }

    private static JsonSchema schemaOf(Class<?> type) throws IOException {
        String resource = "json-schema/" + EventTypes.typeOf(type) + ".json";
        try (InputStream in = JsonSchemaFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return FACTORY.getSchema(in, ASSERT_FORMATS);
        }
    }
}
