package dev.concierge.infra.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.fixtures.SampleEvents;
import dev.concierge.schemas.kafka.CloudEventSerializer;
import dev.concierge.testkit.TestInfra;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: a third-party Kafka client (Debian's kcat, librdkafka, no Java) reads what the schemas
 * serializer wrote and sees CloudEvents 1.0 structured-mode JSON, for every event type we have.
 */
class KcatInteropTest {

    /** CloudEvents 1.0: attribute names are lower-case ASCII letters and digits only. */
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-z0-9]{1,20}");

    private final ObjectMapper json = new ObjectMapper();
    private final EventCodec codec = EventCodec.standard();

    @Test
    void kcat_reads_every_event_type_as_a_cloudevents_structured_json_document() throws Exception {
        // given one event of each type, written by the schemas serializer and keyed by its subject
        String topic = TestInfra.uniqueName("kcat-interop");
        TestInfra.createTopics(List.of(topic));
        List<CloudEvent<?>> sent = SampleEvents.oneOfEachType().stream()
                .<CloudEvent<?>>map(SampleEvents::envelope)
                .toList();
        produce(topic, sent);

        // when kcat consumes them
        List<JsonNode> consumed = kcatConsume(topic, sent.size());

        // then each record is a valid CloudEvents document that says exactly what was sent
        Map<String, CloudEvent<?>> sentById = sent.stream()
                .collect(Collectors.toMap(CloudEvent::id, Function.identity()));
        assertThat(consumed).hasSize(sent.size());
        for (JsonNode record : consumed) {
            JsonNode value = json.readTree(record.get("payload").asText());
            CloudEvent<?> original = sentById.get(value.path("id").asText());
            assertThat(original).as("an event kcat read: %s", value).isNotNull();
            assertIsCloudEvent(value);
            assertThat(value.get("type").asText()).isEqualTo(original.type());
            assertThat(value.get("source").asText()).isEqualTo(original.source());
            assertThat(value.get("subject").asText()).isEqualTo(original.subject());
            assertThat(Instant.parse(value.get("time").asText())).isEqualTo(original.time());
            // both sides parsed by the same mapper, so 3200 is the same kind of number on each
            assertThat(value.get("data")).isEqualTo(json.readTree(codec.mapper().writeValueAsBytes(original.data())));
            assertThat(record.get("key").asText()).isEqualTo(original.subject());
            assertThat(headersOf(record)).containsEntry("content-type", "application/cloudevents+json");
            assertThat(codec.decode(record.get("payload").asText().getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(original);
        }
    }

    private void assertIsCloudEvent(JsonNode value) {
        assertThat(value.isObject()).isTrue();
        assertThat(value.get("specversion").asText()).isEqualTo("1.0");
        for (String required : List.of("id", "source", "type", "subject", "time", "datacontenttype")) {
            assertThat(value.path(required).isTextual()).as("%s is a string in %s", required, value).isTrue();
            assertThat(value.path(required).asText()).as(required).isNotBlank();
        }
        assertThat(value.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(value.get("data").isObject()).as("data is a JSON object, not an escaped string").isTrue();
        value.fieldNames().forEachRemaining(name ->
                assertThat(name).as("CloudEvents attribute name").matches(ATTRIBUTE_NAME));
    }

    private static void produce(String topic, List<CloudEvent<?>> events) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, CloudEvent<Object>> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new CloudEventSerializer<>())) {
            for (CloudEvent<?> event : events) {
                @SuppressWarnings("unchecked")
                CloudEvent<Object> value = (CloudEvent<Object>) event;
                producer.send(new ProducerRecord<>(topic, event.subject(), value)).get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** {@code kcat -C -J}: one JSON line per record with key, headers and the value as "payload". */
    private List<JsonNode> kcatConsume(String topic, int count) throws Exception {
        ProcessBuilder command = new ProcessBuilder("kcat", "-C", "-b", TestInfra.kafkaBootstrapServers(),
                "-t", topic, "-o", "beginning", "-c", Integer.toString(count), "-e", "-q", "-J")
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        Process kcat;
        try {
            kcat = command.start();
        } catch (IOException e) {
            return fail("kcat is not installed; ./concierge test installs it (apt-get install kcat)", e);
        }
        String output = new String(kcat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kcat.waitFor(60, TimeUnit.SECONDS)).as("kcat finished").isTrue();
        assertThat(kcat.exitValue()).as("kcat exit code").isZero();
        List<JsonNode> records = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (!line.isBlank()) {
                records.add(json.readTree(line));
            }
        }
        return records;
    }

    /** kcat lists headers as a flat array: name, value, name, value … */
    private static Map<String, String> headersOf(JsonNode record) {
        Map<String, String> headers = new HashMap<>();
        JsonNode flat = record.path("headers");
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            headers.put(flat.get(i).asText(), flat.get(i + 1).asText());
        }
        return headers;
    }
}
