package dev.concierge.schemas.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventTypes;
import java.util.List;
import java.util.Map;

/**
 * An AsyncAPI 2.6 document of the topic catalog: one channel per topic and per dead-letter topic,
 * each message pointing at the JSON Schema file that {@link EventSchemas} writes next to it.
 */
final class AsyncApiDocument {

    static final String FILE_NAME = "asyncapi.yaml";
    private static final String KAFKA_BINDING_VERSION = "0.4.0";
    private static final String DEAD_LETTER = "dead-letter";

    private final ObjectMapper mapper;

    AsyncApiDocument(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode build(List<Topic<?>> topics, String version) {
        ObjectNode document = mapper.createObjectNode();
        document.put("asyncapi", "2.6.0");
        document.put("id", "urn:dev:concierge:events");
        ObjectNode info = document.putObject("info");
        info.put("title", "Concierge events");
        info.put("version", version);
        info.put("description", "Every Kafka record value is a CloudEvents 1.0 structured JSON document "
                + "(header content-type: application/cloudevents+json); the record key is the aggregate id. "
                + "Each topic has a '.dlq' topic where consumers park records they cannot process, with the "
                + "failure reason in the record headers.");
        document.put("defaultContentType", CloudEvent.CONTENT_TYPE);
        ObjectNode local = document.putObject("servers").putObject("local");
        local.put("url", "127.0.0.1:9092");
        local.put("protocol", "kafka");
        local.put("description", "The dev stack's broker (./concierge run); override with KAFKA_BOOTSTRAP_SERVERS.");

        ObjectNode channels = document.putObject("channels");
        ObjectNode messages = mapper.createObjectNode();
        for (Topic<?> topic : topics) {
            ArrayNode eventMessages = mapper.createArrayNode();
            for (Class<?> eventType : topic.eventTypes()) {
                String type = EventTypes.typeOf(eventType);
                messages.set(type, message(topic, eventType));
                eventMessages.addObject().put("$ref", "#/components/messages/" + type);
            }
            channels.set(topic.name(), channel(topic.name(), topic.partitions(), topic.description(),
                    topic.topicConfigs(), eventMessages));
            ArrayNode deadLetters = mapper.createArrayNode();
            deadLetters.addObject().put("$ref", "#/components/messages/" + DEAD_LETTER);
            channels.set(topic.dlqName(), channel(topic.dlqName(), topic.partitions(),
                    "Dead letters of " + topic.name() + ": the original record key and value, the failure "
                            + "reason in the headers.",
                    Map.of("cleanup.policy", CleanupPolicy.DELETE.configValue()), deadLetters));
        }
        messages.set(DEAD_LETTER, deadLetterMessage());
        document.putObject("components").set("messages", messages);
        return document;
    }

    private ObjectNode channel(String name, int partitions, String description, Map<String, String> configs,
            ArrayNode messages) {
        ObjectNode channel = mapper.createObjectNode();
        channel.put("description", description);
        ObjectNode kafka = channel.putObject("bindings").putObject("kafka");
        kafka.put("topic", name);
        kafka.put("partitions", partitions);
        ObjectNode topicConfiguration = kafka.putObject("topicConfiguration");
        topicConfiguration.putArray("cleanup.policy").add(configs.get("cleanup.policy"));
        if (configs.containsKey("retention.ms")) {
            topicConfiguration.put("retention.ms", Long.parseLong(configs.get("retention.ms")));
        }
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
        ObjectNode subscribe = channel.putObject("subscribe");
        subscribe.put("operationId", "consume-" + name);
        subscribe.putObject("message").set("oneOf", messages);
        return channel;
    }

    private ObjectNode message(Topic<?> topic, Class<?> eventType) {
        ObjectNode message = mapper.createObjectNode();
        message.put("name", eventType.getSimpleName());
        message.put("title", EventTypes.typeOf(eventType));
        message.put("contentType", CloudEvent.CONTENT_TYPE);
        message.put("schemaFormat", EventSchemas.SCHEMA_FORMAT);
        message.putObject("payload").put("$ref", EventSchemas.DIRECTORY + "/" + EventSchemas.fileName(eventType));
        ObjectNode key = message.putObject("bindings").putObject("kafka");
        key.putObject("key").put("type", "string").put("description", topic.keyDescription());
        key.put("bindingVersion", KAFKA_BINDING_VERSION);
        return message;
    }

    private ObjectNode deadLetterMessage() {
        ObjectNode message = mapper.createObjectNode();
        message.put("name", "DeadLetter");
        message.put("title", "A record a consumer could not process");
        message.put("contentType", "application/octet-stream");
        message.put("description", "The original value, byte for byte; it may be malformed, which is often why it is here.");
        message.putObject("payload").put("type", "string").put("format", "binary");
        return message;
    }
}
