package dev.concierge.requests.streams;

import dev.concierge.requests.lifecycle.LifecyclePolicy;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The topology in a {@link TopologyTestDriver}: send CloudEvents to input topics, read decoded
 * events back, move the clock. Everything read is kept, so a test can look at all of a topic.
 */
final class TopologyHarness implements AutoCloseable {

    static final Duration TICK = Duration.ofSeconds(1);

    final RequestTopics topics = RequestTopics.standard();
    final MutableClock clock;
    final List<ProducerRecord<String, byte[]>> globalDeadLetters = new ArrayList<>();
    private final TopologyTestDriver driver;
    private final Path stateDir;
    private final EventCodec codec = EventCodec.standard();
    private final Map<String, TestInputTopic<String, byte[]>> inputs = new HashMap<>();
    private final Map<String, TestOutputTopic<String, byte[]>> outputs = new HashMap<>();
    private final Map<String, List<TestRecord<String, byte[]>>> seen = new HashMap<>();

    TopologyHarness(LifecyclePolicy policy, Instant start) {
        this.clock = new MutableClock(start);
        try {
            this.stateDir = Files.createTempDirectory("rsp-ttd");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "rsp-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        DeadLetterPublisher publisher = (topic, key, value, headers) ->
                globalDeadLetters.add(new ProducerRecord<>(topic, null, key, value, headers));
        this.driver = new TopologyTestDriver(RequestTopology.build(topics, policy, clock, TICK, publisher,
                Stores::inMemoryKeyValueStore), props, start);
    }

    /** Sends {@code data} wrapped in a CloudEvent; returns the event id. */
    String send(Topic<?> topic, String key, Object data) {
        return send(topic, key, data, UUID.randomUUID().toString());
    }

    /** Sends {@code data} as the CloudEvent {@code id}: the same id again is a redelivery of that event. */
    String send(Topic<?> topic, String key, Object data, String id) {
        CloudEvent<Object> event = CloudEvent.of(id, "test", clock.now(), key, data);
        sendRaw(topic.name(), key, codec.encode(event));
        return id;
    }

    void sendRaw(String topic, String key, byte[] value) {
        inputs.computeIfAbsent(topic, t -> driver.createInputTopic(t, new StringSerializer(), new ByteArraySerializer()))
                .pipeInput(key, value, clock.now());
    }

    /** Moves both clocks at once; every deadline due by then fires. */
    void advance(Duration by) {
        clock.advance(by);
        driver.advanceWallClockTime(by);
    }

    /** Every record written to {@code topic} so far, oldest first. */
    List<TestRecord<String, byte[]>> records(String topic) {
        TestOutputTopic<String, byte[]> output = outputs.computeIfAbsent(topic,
                t -> driver.createOutputTopic(t, new StringDeserializer(), new ByteArrayDeserializer()));
        List<TestRecord<String, byte[]>> all = seen.computeIfAbsent(topic, t -> new ArrayList<>());
        all.addAll(output.readRecordsToList());
        return all;
    }

    List<Object> data(Topic<?> topic) {
        return records(topic.name()).stream().map(r -> (Object) codec.decode(r.value(), topic).data()).toList();
    }

    List<Object> data(Topic<?> topic, String key) {
        return records(topic.name()).stream().filter(r -> key.equals(r.key()))
                .map(r -> (Object) codec.decode(r.value(), topic).data()).toList();
    }

    /** Every record of a topic as its CloudEvent envelope, by record key, in order. */
    List<Map.Entry<String, CloudEvent<?>>> envelopes(Topic<?> topic) {
        return records(topic.name()).stream()
                .<Map.Entry<String, CloudEvent<?>>>map(r -> Map.entry(r.key(), codec.decode(r.value(), topic))).toList();
    }

    List<RequestEvent> events(String requestId) {
        return data(topics.events(), requestId).stream().map(RequestEvent.class::cast).toList();
    }

    /** The latest snapshot of a request on requests.state, or null. */
    RequestSnapshot snapshot(String requestId) {
        List<Object> all = data(topics.state(), requestId);
        return all.isEmpty() ? null : (RequestSnapshot) all.get(all.size() - 1);
    }

    /** The latest snapshot of every request, decoding each record once. */
    Map<String, RequestSnapshot> latestSnapshots() {
        Map<String, RequestSnapshot> latest = new HashMap<>();
        for (TestRecord<String, byte[]> record : records(topics.state().name())) {
            latest.put(record.key(), (RequestSnapshot) codec.decode(record.value(), topics.state()).data());
        }
        return latest;
    }

    static String header(Headers headers, String key) {
        var header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        driver.close();
        try (var files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a leftover temp directory is harmless
        }
    }
}
