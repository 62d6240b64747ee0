package dev.concierge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void delivers_records_to_a_consumer_group_and_keeps_its_committed_offset() throws Exception {
        // given a fresh topic with three records on it
        String topic = TestInfra.uniqueName("greetings");
        String group = TestInfra.uniqueName("greeters");
        TestInfra.createTopics(List.of(topic));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
            for (String word : List.of("hello", "namaste", "vanakkam")) {
                producer.send(new ProducerRecord<>(topic, "request-1", word)).get();
            }
        }

        // when a consumer in a group reads them and commits
        List<String> received;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties(group, "read_uncommitted"))) {
            consumer.subscribe(List.of(topic));
            received = pollValues(consumer, 3);
            consumer.commitSync();
        }

        // then the group saw them in order and its offset is stored on the broker
        assertThat(received).containsExactly("hello", "namaste", "vanakkam");
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            long total = committed.values().stream().mapToLong(OffsetAndMetadata::offset).sum();
            assertThat(total).isEqualTo(3);
        }
    }

    @Test
    void shows_committed_transactions_and_hides_aborted_ones() throws Exception {
        // given a transactional producer, as Kafka Streams uses under exactly_once_v2
        String topic = TestInfra.uniqueName("ledger");
        TestInfra.createTopics(List.of(topic));
        Properties transactional = producerProperties();
        transactional.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, TestInfra.uniqueName("ledger-writer"));

        // when one transaction commits and a later one aborts
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(transactional)) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "payment-1", "captured"));
            producer.commitTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "payment-2", "never happened"));
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "payment-3", "refunded"));
            producer.commitTransaction();
        }

        // then a read_committed consumer sees only the committed records
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(consumerProperties(TestInfra.uniqueName("auditors"), "read_committed"))) {
            consumer.subscribe(List.of(topic));
            assertThat(pollValues(consumer, 2)).containsExactly("captured", "refunded");
        }
    }

    private static List<String> pollValues(KafkaConsumer<String, String> consumer, int expected) {
        List<String> values = new ArrayList<>();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (values.size() < expected && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                values.add(record.value());
            }
        }
        return values;
    }

    private static Properties producerProperties() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        return properties;
    }

    private static Properties consumerProperties(String group, String isolation) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return properties;
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers()));
    }
}
