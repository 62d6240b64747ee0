package dev.concierge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.testkit.ChannelGroups.GroupTopics;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class ChannelGroupsTest {

    @Test
    void reads_the_groups_and_topics_of_the_kafka_channels_as_the_test_profile_sees_them() throws IOException {
        // given an application.properties with channels of every shape
        Properties properties = new Properties();
        properties.load(new StringReader("""
                mp.messaging.incoming.commands.connector=smallrye-kafka
                mp.messaging.incoming.commands.topic=enrichment.commands
                mp.messaging.incoming.commands.group.id=ai-enrichment-worker
                mp.messaging.incoming.facts.connector=smallrye-kafka
                mp.messaging.incoming.facts.topics=requests.events, payments.events
                mp.messaging.incoming.facts.group.id=${NO_SUCH_VARIABLE_HERE:market}
                %test.mp.messaging.incoming.facts.group.id=market-under-test
                %dev.mp.messaging.incoming.facts.group.id=market-on-the-dev-stack
                mp.messaging.incoming.by-pattern.connector=smallrye-kafka
                mp.messaging.incoming.by-pattern.pattern=true
                mp.messaging.incoming.by-pattern.topic=requests.*
                mp.messaging.incoming.by-pattern.group.id=pattern-readers
                mp.messaging.incoming.stores.inbound.connector=smallrye-kafka
                mp.messaging.incoming.per-start.connector=smallrye-kafka
                mp.messaging.incoming.per-start.topic=requests.state
                mp.messaging.incoming.per-start.group.id=followers-${quarkus.uuid}
                kafka.group.id=defaulted
                mp.messaging.incoming.in-memory.connector=smallrye-in-memory
                mp.messaging.outgoing.out.connector=smallrye-kafka
                mp.messaging.outgoing.out.topic=enrichment.results
                """));

        // when
        List<GroupTopics> groups = ChannelGroups.ofProperties(properties);

        // then a channel without a topic reads its own name; a pattern, a group new on every start, other
        // connectors and outgoing channels are left out
        assertThat(groups).containsExactlyInAnyOrder(
                new GroupTopics("ai-enrichment-worker", Set.of("enrichment.commands")),
                new GroupTopics("market-under-test", Set.of("requests.events", "payments.events")),
                new GroupTopics("defaulted", Set.of("stores.inbound")));
    }

    @Test
    void a_group_that_never_committed_starts_after_what_earlier_tests_left_and_one_that_did_stays() throws Exception {
        // given a topic with earlier tests' records, a new group and a group that has read one record
        String topic = TestInfra.uniqueName("left-behind");
        String fresh = TestInfra.uniqueName("fresh-group");
        String started = TestInfra.uniqueName("started-group");
        TestInfra.createTopics(List.of(topic));
        produce(topic, 5);
        try (Admin admin = admin()) {
            admin.alterConsumerGroupOffsets(started, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(1)))
                    .all().get();
        }

        // when
        ChannelGroups.startAtEnd(TestInfra.kafkaBootstrapServers(), List.of(
                new GroupTopics(fresh, Set.of(topic)), new GroupTopics(started, Set.of(topic))));

        // then
        assertThat(committed(fresh, topic)).isEqualTo(5);
        assertThat(committed(started, topic)).isEqualTo(1);
    }

    private static long committed(String group, String topic) throws Exception {
        try (Admin admin = admin()) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                    .filter(entry -> entry.getKey().topic().equals(topic))
                    .mapToLong(entry -> entry.getValue().offset()).sum();
        }
    }

    private static void produce(String topic, int count) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, 0, "request-" + i, "left by an earlier test")).get();
            }
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers()));
    }
}
