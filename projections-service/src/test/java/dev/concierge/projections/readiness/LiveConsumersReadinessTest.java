package dev.concierge.projections.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.testkit.TestInfra;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** The readiness check against the real broker, on a topic and consumer group of its own. */
class LiveConsumersReadinessTest {

    private final String topic = TestInfra.uniqueName("readiness");
    private final String group = TestInfra.uniqueName("readiness-group");
    private final LiveConsumersReadiness readiness = new LiveConsumersReadiness(TestInfra.kafkaBootstrapServers(),
            List.of(new LiveGroup("channel", group, topic)));

    LiveConsumersReadinessTest() {
        TestInfra.createTopics(List.of(topic));
    }

    @Test
    void it_is_down_until_the_group_holds_every_partition_and_applied_what_was_there_then_up_for_good() {
        // given records written in transactions (each ends with a marker that takes an offset but is no record)
        sendInTransactions("first", "second");

        // then a group nobody consumes with is not ready, and says what it waits for
        // (the broker may also refuse to describe a group nobody joined yet: that answer is DOWN with a reason)
        HealthCheckResponse before = readiness.call();
        assertThat(before.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        Object waiting = before.getData().orElseThrow().get(group);
        if (waiting != null) {
            assertThat(waiting.toString()).contains("partition assignment");
        }

        try (KafkaConsumer<String, String> consumer = consumer()) {
            // when a member joins, reads everything and commits the offset after each partition's last record
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            HealthCheckResponse answer = readiness.call();
            while (answer.getStatus() != HealthCheckResponse.Status.UP && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> consumer.commitSync(Map.of(
                        new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1))));
                answer = readiness.call();
            }

            // then it is ready, although the committed offsets stop short of the end offsets (the markers)
            assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        }
        // and stays ready when the group's member is gone and new records wait
        sendInTransactions("third");
        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void without_a_broker_it_is_down_with_the_reason() {
        LiveConsumersReadiness nowhere = new LiveConsumersReadiness("127.0.0.1:1",
                List.of(new LiveGroup("channel", group, topic)));

        HealthCheckResponse answer = nowhere.call();

        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(answer.getData().orElseThrow().get("reason").toString()).contains("Kafka did not answer");
    }

    private void sendInTransactions(String... values) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, TestInfra.uniqueName("readiness-tx"));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.initTransactions();
            for (String value : values) {
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(topic, value, value));
                producer.commitTransaction();
            }
        }
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }
}
