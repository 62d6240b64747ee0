package dev.concierge.schemas.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.concierge.schemas.envelope.EventTypes;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the AsyncAPI document the build wrote into target/classes, i.e. what ships in the jar. */
class AsyncApiDocumentTest {

    private static JsonNode document;

    @BeforeAll
    static void readPublishedDocument() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            assertThat(in).as("asyncapi.yaml on the classpath").isNotNull();
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void it_is_an_asyncapi_2_document_about_cloudevents_on_kafka() {
        assertThat(document.get("asyncapi").asText()).isEqualTo("2.6.0");
        assertThat(document.get("defaultContentType").asText()).isEqualTo("application/cloudevents+json");
        assertThat(document.at("/servers/local/protocol").asText()).isEqualTo("kafka");
    }

    @Test
    void it_lists_every_topic_and_dead_letter_topic_of_the_catalog() {
        // when
        List<String> channels = new ArrayList<>();
        document.get("channels").fieldNames().forEachRemaining(channels::add);

        // then
        assertThat(channels).containsExactlyElementsOf(Topics.allNamesIncludingDlqs());
    }

    @Test
    void each_topic_channel_shows_its_partitions_cleanup_policy_and_messages() {
        for (Topic<?> topic : Topics.ALL) {
            // given the channel of the topic
            JsonNode kafka = document.get("channels").get(topic.name()).at("/bindings/kafka");
            JsonNode oneOf = document.get("channels").get(topic.name()).at("/subscribe/message/oneOf");

            // then its configuration matches the catalog
            assertThat(kafka.get("partitions").asInt()).isEqualTo(topic.partitions());
            assertThat(kafka.at("/topicConfiguration/cleanup.policy/0").asText())
                    .isEqualTo(topic.cleanupPolicy().configValue());

            // and it offers exactly the topic's event types
            List<String> refs = new ArrayList<>();
            oneOf.forEach(ref -> refs.add(ref.get("$ref").asText()));
            assertThat(refs).containsExactlyElementsOf(topic.eventTypes().stream()
                    .map(type -> "#/components/messages/" + EventTypes.typeOf(type)).toList());
        }
    }

    @Test
    void every_message_points_at_a_json_schema_that_ships_with_it() {
        for (Topic<?> topic : Topics.ALL) {
            for (Class<?> type : topic.eventTypes()) {
                // given the message of a type
                JsonNode message = document.at("/components/messages").get(EventTypes.typeOf(type));

                // then its payload is the type's schema file, next to the document
                String payload = message.at("/payload/$ref").asText();
                assertThat(payload).isEqualTo("json-schema/" + EventTypes.typeOf(type) + ".json");
                assertThat(getClass().getClassLoader().getResource(payload)).as(payload).isNotNull();
                assertThat(message.get("schemaFormat").asText()).isEqualTo("application/schema+json;version=draft-07");
            }
        }
    }
}
