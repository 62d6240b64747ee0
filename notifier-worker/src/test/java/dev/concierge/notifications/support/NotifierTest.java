package dev.concierge.notifications.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.notifications.directory.application.ConversationWindows;
import dev.concierge.notifications.directory.application.Directory;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.customers.CustomerEvent;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.notifications.NotificationEvent;
import dev.concierge.testkit.TestInfra;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the notifier's integration tests share: writing records to the real broker as the other
 * services do, reading {@code notifications.events} back, asking the dev outbox what it received, and
 * waiting (polling, generous timeouts) for things that happen on their own schedule. Every test uses
 * fresh ids and phone numbers, because the broker, Redis and the outbox are shared.
 */
public abstract class NotifierTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(45);
    private static final EventCodec CODEC = EventCodec.standard();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static KafkaProducer<String, byte[]> producer;

    @Inject
    protected Directory directory;

    @Inject
    protected ConversationWindows windows;

    /** A customer the directory knows, with that phone and no preferences. */
    protected String knownCustomer(String phone) {
        String customer = newId("cus");
        publish(Topics.CUSTOMERS_EVENTS, customer, new CustomerEvent.CustomerRegistered(customer, phone, "Asha", null));
        await("the directory to know " + customer, () -> directory.find(customer), Optional::isPresent);
        return customer;
    }

    protected static String newPhone() {
        return "+919" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }

    protected static String newId(String prefix) {
        return prefix + "_" + UUID.randomUUID();
    }

    /** Writes {@code data} as a CloudEvent, as its producer would; returns the event id. */
    protected static <V> String publish(Topic<V> topic, String key, V data) {
        String eventId = UUID.randomUUID().toString();
        byte[] value = CODEC.encode(CloudEvent.of(eventId, "notifier-test", Instant.now(), key, data));
        send(topic.name(), key, value);
        return eventId;
    }

    protected static void send(String topic, String key, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, key, value,
                List.of(new RecordHeader("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8))));
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not write to " + topic, e);
        }
    }

    /** The notifier's facts about one recipient on {@code notifications.events}, oldest first. */
    protected static List<NotificationEvent> events(String recipientId) {
        List<NotificationEvent> found = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records(Topics.NOTIFICATIONS_EVENTS.name())) {
            if (recipientId.equals(record.key())) {
                found.add(CODEC.decode(record.value(), Topics.NOTIFICATIONS_EVENTS).data());
            }
        }
        return found;
    }

    protected static <T extends NotificationEvent> List<T> events(String recipientId, Class<T> type) {
        return events(recipientId).stream().filter(type::isInstance).map(type::cast).toList();
    }

    protected static <T extends NotificationEvent> T awaitEvent(String recipientId, Class<T> type,
            Predicate<T> matching) {
        return await(type.getSimpleName() + " for " + recipientId,
                () -> events(recipientId, type).stream().filter(matching).findFirst().orElse(null),
                found -> found != null);
    }

    /** Every record of a topic as stored, from the beginning up to its end at the time of the call. */
    protected static List<ConsumerRecord<String, byte[]>> records(String topic) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("could not read " + topic + " up to " + end);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        found.add(record);
                    }
                });
            }
        }
        return found;
    }

    /** Waits until the consumer group has committed everything the topic holds now. */
    protected static void awaitConsumed(String group, String topic) {
        Map<TopicPartition, Long> end = endOffsets(topic);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfra.kafkaBootstrapServers()))) {
            await(group + " to consume " + topic + " up to " + end, () -> committed(admin, group),
                    committed -> end.entrySet().stream().allMatch(partition -> partition.getValue() == 0
                            || committed.getOrDefault(partition.getKey(), 0L) >= partition.getValue()));
        }
    }

    private static Map<TopicPartition, Long> committed(Admin admin, String group) {
        try {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                    .forEach((partition, offset) -> offsets.put(partition, offset == null ? 0L : offset.offset()));
            return offsets;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of " + group, e);
        }
    }

    private static Map<TopicPartition, Long> endOffsets(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            return consumer.endOffsets(partitions, Duration.ofSeconds(10));
        }
    }

    private static Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return props;
    }

    /** What the outbox received for {@code to} (a phone with or without {@code whatsapp:}, or an email), newest first. */
    protected static List<JsonNode> outboxMessages(String to) {
        String uri = OutboxTestResource.outbox().url() + "/api/messages?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8);
        List<JsonNode> messages = new ArrayList<>();
        getJson(uri).forEach(messages::add);
        return messages;
    }

    protected static List<JsonNode> awaitOutboxMessages(String to, int count) {
        return await(count + " outbox message(s) to " + to, () -> outboxMessages(to), found -> found.size() >= count);
    }

    /** The outbox message with that id once it has {@code status}. */
    protected static JsonNode awaitOutboxStatus(String id, String status) {
        return await("outbox message " + id + " " + status,
                () -> getJson(OutboxTestResource.outbox().url() + "/api/messages/" + id),
                message -> status.equals(message.path("status").asText()));
    }

    /** The next Twilio message to {@code to} fails (a WhatsApp with 63016, an SMS undelivered). */
    protected static void failNextMessageTo(String to) {
        post(OutboxTestResource.outbox().url() + "/api/fail-next", "{\"to\":\"" + to + "\"}");
    }

    protected static IngestStandIn ingest() {
        return OutboxTestResource.ingest();
    }

    protected static JsonNode getJson(String uri) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static HttpResponse<byte[]> get(String uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void post(String uri, String json) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(uri))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 300) {
                throw new AssertionError("POST " + uri + " answered " + answer.statusCode() + ": " + answer.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("POST " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code probe} every 200 ms until {@code done} holds, for up to {@link #PATIENCE}. */
    protected static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(PATIENCE);
        T last = probe.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
            last = probe.get();
        }
        return last;
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
        }
        return producer;
    }
}
