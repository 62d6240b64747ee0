package dev.concierge.projections.rebuild.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.concierge.projections.readmodel.RecordSink;
import dev.concierge.projections.rebuild.application.TopicReplays.Replay;
import dev.concierge.projections.rebuild.domain.RebuildProgress;
import dev.concierge.projections.rebuild.domain.RebuildReport;
import dev.concierge.projections.rebuild.domain.TopicReport;
import dev.concierge.projections.support.ClosedPort;
import dev.concierge.schemas.envelope.EventDecodingException;
import dev.concierge.testkit.TestInfra;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The replay on the real broker, on topics of its own: from offset zero to the end offsets of the
 * moment, committed records only, undecodable ones skipped and counted, and again to the new end.
 */
class KafkaReplayTest {

    private final String first = TestInfra.uniqueName("replay-first");
    private final String second = TestInfra.uniqueName("replay-second");
    private final List<String> applied = new CopyOnWriteArrayList<>();
    private final KafkaProducer<String, String> producer = producer(null);

    KafkaReplayTest() {
        TestInfra.createTopics(List.of(first, second));
    }

    @AfterEach
    void close() {
        producer.close(Duration.ofSeconds(2));
    }

    @Test
    void a_replay_of_empty_topics_is_complete_at_once() {
        RebuildProgress progress = progress();

        try (Replay replay = replays(TestInfra.kafkaBootstrapServers()).open(1, progress)) {
            replay.readToEnd();
        }

        assertThat(progress.report().percent()).isEqualTo(100.0);
        assertThat(progress.report().applied()).isZero();
        assertThat(applied).isEmpty();
    }

    @Test
    void every_record_of_every_topic_is_applied_and_an_undecodable_one_is_skipped_and_counted() {
        send(first, "a1", "a2", "undecodable", "a3");
        send(second, "b1");
        RebuildProgress progress = progress();

        try (Replay replay = replays(TestInfra.kafkaBootstrapServers()).open(1, progress)) {
            replay.readToEnd();
        }

        RebuildReport report = progress.report();
        assertThat(applied).containsExactlyInAnyOrder("a1", "a2", "a3", "b1");
        assertThat(report.topics()).extracting(TopicReport::topic, TopicReport::applied, TopicReport::skipped)
                .containsExactly(tuple(first, 3L, 1L), tuple(second, 1L, 0L));
        assertThat(report.percent()).isEqualTo(100.0);
        assertThat(report.topics().get(0).offsetsToRead()).isEqualTo(4);
    }

    @Test
    void a_second_read_goes_on_to_the_records_written_since_the_first() {
        send(first, "before");
        try (Replay replay = replays(TestInfra.kafkaBootstrapServers()).open(1, progress())) {
            replay.readToEnd();
            assertThat(applied).containsExactly("before");

            send(first, "after");
            replay.readToEnd();
        }

        assertThat(applied).containsExactly("before", "after");
    }

    @Test
    void records_of_an_aborted_transaction_are_not_applied() {
        try (KafkaProducer<String, String> transactional = producer(TestInfra.uniqueName("replay-tx"))) {
            transactional.initTransactions();
            transactional.beginTransaction();
            transactional.send(new ProducerRecord<>(first, "k", "aborted"));
            transactional.flush();
            transactional.abortTransaction();
            transactional.beginTransaction();
            transactional.send(new ProducerRecord<>(first, "k", "committed"));
            transactional.commitTransaction();
        }

        try (Replay replay = replays(TestInfra.kafkaBootstrapServers()).open(1, progress())) {
            replay.readToEnd();
        }

        assertThat(applied).containsExactly("committed");
    }

    @Test
    void a_broker_that_does_not_answer_fails_the_replay_with_the_reason() {
        KafkaTopicReplays nowhere = replays("127.0.0.1:" + ClosedPort.number());

        assertThatThrownBy(() -> nowhere.open(1, progress()))
                .isInstanceOf(TimeoutException.class);
    }

    private KafkaTopicReplays replays(String bootstrapServers) {
        RecordSink sink = record -> {
            String value = new String(record.value(), StandardCharsets.UTF_8);
            if (value.equals("undecodable")) {
                throw new EventDecodingException("not a CloudEvent: " + value);
            }
            applied.add(value);
        };
        Map<String, Object> kafka = Map.of("bootstrap.servers", bootstrapServers, "default.api.timeout.ms", 2000,
                "request.timeout.ms", 1000);
        return new KafkaTopicReplays(kafka, List.of(first, second),
                generation -> Map.of(first, List.of(sink), second, List.of(sink)), Duration.ofSeconds(30));
    }

    private RebuildProgress progress() {
        return new RebuildProgress("rbd_test", 1, "db_g1", List.of(first, second), Clock.systemUTC());
    }

    private void send(String topic, String... values) {
        for (String value : values) {
            producer.send(new ProducerRecord<>(topic, value, value));
        }
        producer.flush();
    }

    private static KafkaProducer<String, String> producer(String transactionalId) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        if (transactionalId != null) {
            props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        }
        return new KafkaProducer<>(props);
    }
}
