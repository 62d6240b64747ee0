package dev.concierge.infra.topics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.infra.topics.TopicChange.Kind;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.testkit.TestInfra;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** TopicCreator against a real broker (the test kit's, or the one ./concierge test started). */
class TopicCreatorTest {

    private static Admin admin;
    private static TopicCreator creator;

    @BeforeAll
    static void connect() {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers()));
        creator = new TopicCreator(admin, Duration.ofSeconds(30));
    }

    @AfterAll
    static void disconnect() {
        admin.close();
    }

    @Test
    void creates_every_catalog_topic_and_its_dead_letter_topic_with_the_catalogs_partitions_and_configs()
            throws Exception {
        // given the catalog, with a .dlq beside every topic
        List<TopicSpec> catalog = TopicSpec.catalog();
        assertThat(catalog).hasSize(Topics.ALL.size() * 2);

        // when
        creator.ensure(catalog);

        // then every topic is on the broker exactly as the catalog says
        for (TopicSpec spec : catalog) {
            assertThat(partitionsOf(spec.name())).as("partitions of %s", spec.name()).isEqualTo(spec.partitions());
            Config config = configOf(spec.name());
            spec.configs().forEach((key, value) ->
                    assertThat(config.get(key).value()).as("%s of %s", key, spec.name()).isEqualTo(value));
        }
        assertThat(configOf(Topics.REQUESTS_STATE.name()).get("cleanup.policy").value()).isEqualTo("compact");
        assertThat(configOf(Topics.REQUESTS_STATE.dlqName()).get("cleanup.policy").value()).isEqualTo("delete");
    }

    @Test
    void running_it_a_second_time_changes_nothing() throws Exception {
        // given the catalog topics exist (whoever created them before, e.g. the test kit)
        creator.ensure(TopicSpec.catalog());

        // when it runs again once the broker has applied the first run
        // then it finds every topic as the catalog says and touches none
        eventually(() -> {
            List<TopicChange> second = creator.ensure(TopicSpec.catalog());
            assertThat(second).extracting(TopicChange::kind).containsOnly(Kind.UNCHANGED);
            assertThat(second).hasSize(Topics.ALL.size() * 2);
        });
    }

    @Test
    void turns_a_topic_that_was_created_without_compaction_into_a_compacted_one() throws Exception {
        // given a snapshot topic someone created with the broker's default cleanup policy
        TopicSpec spec = TopicSpec.of(Topics.REQUESTS_STATE.withName(TestInfra.uniqueName("state-drift")));
        createTopic(spec.name(), spec.partitions(), Map.of("cleanup.policy", "delete"));

        // when
        List<TopicChange> changes = creator.ensure(List.of(spec));

        // then
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Kind.RECONFIGURED);
            assertThat(change.detail()).contains("cleanup.policy delete -> compact");
        });
        eventually(() -> assertThat(configOf(spec.name()).get("cleanup.policy").value()).isEqualTo("compact"));
    }

    @Test
    void restores_the_catalogs_retention_on_a_topic_whose_retention_was_shortened() throws Exception {
        // given a command topic that would drop records after a minute
        TopicSpec spec = TopicSpec.of(Topics.REQUESTS_COMMANDS.withName(TestInfra.uniqueName("retention-drift")));
        createTopic(spec.name(), spec.partitions(), Map.of("retention.ms", "60000"));

        // when
        List<TopicChange> changes = creator.ensure(List.of(spec));

        // then
        assertThat(changes).extracting(TopicChange::kind).containsExactly(Kind.RECONFIGURED);
        eventually(() -> assertThat(configOf(spec.name()).get("retention.ms").value())
                .isEqualTo(Long.toString(Topics.REQUESTS_COMMANDS.retention().toMillis())));
    }

    @Test
    void adds_partitions_to_a_topic_with_fewer_than_the_catalog() throws Exception {
        // given
        TopicSpec spec = TopicSpec.of(Topics.CHAT_MESSAGES.withName(TestInfra.uniqueName("few-partitions")));
        createTopic(spec.name(), 2, spec.configs());

        // when
        List<TopicChange> changes = creator.ensure(List.of(spec));

        // then
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Kind.PARTITIONS_ADDED);
            assertThat(change.detail()).isEqualTo("partitions 2 -> " + spec.partitions());
        });
        eventually(() -> assertThat(partitionsOf(spec.name())).isEqualTo(spec.partitions()));
    }

    @Test
    void reports_a_topic_with_more_partitions_than_the_catalog_and_leaves_it_working() throws Exception {
        // given Kafka cannot take partitions away
        TopicSpec spec = TopicSpec.of(Topics.CHAT_MESSAGES.withName(TestInfra.uniqueName("many-partitions")));
        createTopic(spec.name(), spec.partitions() + 2, spec.configs());

        // when
        List<TopicChange> changes = creator.ensure(List.of(spec));

        // then
        assertThat(changes).extracting(TopicChange::kind).containsExactly(Kind.MORE_PARTITIONS_THAN_CATALOG);
        assertThat(partitionsOf(spec.name())).isEqualTo(spec.partitions() + 2);
    }

    @Test
    void summarises_what_it_did_in_one_line() {
        // given
        List<TopicChange> changes = List.of(
                new TopicChange("a", Kind.CREATED, "6 partitions"),
                new TopicChange("b", Kind.UNCHANGED, "as in the catalog"),
                new TopicChange("c", Kind.RECONFIGURED, "cleanup.policy delete -> compact"),
                new TopicChange("c", Kind.PARTITIONS_ADDED, "partitions 2 -> 6"));

        // when
        String summary = TopicCreator.summarise(changes);

        // then
        assertThat(summary).isEqualTo("3 in the catalog; 1 created, 1 unchanged, 1 reconfigured, 1 partitions added");
    }

    /** The broker applies a committed change to its metadata a moment later; give it a few seconds. */
    private static void eventually(Check check) throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError stillOld) {
                if (Instant.now().isAfter(deadline)) {
                    throw stillOld;
                }
                Thread.sleep(100);
            }
        }
    }

    private interface Check {
        void run() throws Exception;
    }

    private static void createTopic(String name, int partitions, Map<String, String> configs) throws Exception {
        admin.createTopics(List.of(new NewTopic(name, Optional.of(partitions), Optional.empty()).configs(configs)))
                .all().get(30, TimeUnit.SECONDS);
    }

    private static int partitionsOf(String topic) throws Exception {
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(30, TimeUnit.SECONDS).get(topic);
        return description.partitions().size();
    }

    private static Config configOf(String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
    }
}
