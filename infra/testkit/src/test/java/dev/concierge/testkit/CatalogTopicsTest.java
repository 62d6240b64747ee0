package dev.concierge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.catalog.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

class CatalogTopicsTest {

    @Test
    void creates_every_catalog_topic_and_its_dead_letter_topic_with_the_catalog_partitions() throws Exception {
        // when
        TestInfra.createCatalogTopics();

        // then
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get();
            assertThat(existing).containsAll(Topics.allNamesIncludingDlqs());

            Map<String, TopicDescription> described = admin.describeTopics(Topics.allNamesIncludingDlqs())
                    .allTopicNames().get();
            for (Topic<?> topic : Topics.ALL) {
                assertThat(described.get(topic.name()).partitions()).as(topic.name()).hasSize(topic.partitions());
                assertThat(described.get(topic.dlqName()).partitions()).as(topic.dlqName())
                        .hasSize(topic.partitions());
            }
        }
    }

    @Test
    void gives_each_catalog_topic_its_cleanup_policy_so_the_request_state_is_compacted() throws Exception {
        // when
        TestInfra.createCatalogTopics();

        // then
        try (Admin admin = admin()) {
            List<ConfigResource> resources = Topics.ALL.stream()
                    .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic.name()))
                    .toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get();
            Map<String, String> policies = configs.entrySet().stream().collect(Collectors.toMap(
                    entry -> entry.getKey().name(),
                    entry -> entry.getValue().get(TopicConfig.CLEANUP_POLICY_CONFIG).value()));
            for (Topic<?> topic : Topics.ALL) {
                assertThat(policies.get(topic.name())).as(topic.name())
                        .isEqualTo(topic.cleanupPolicy().configValue());
            }
            assertThat(policies.get(Topics.REQUESTS_STATE.name())).isEqualTo("compact");
        }
    }

    @Test
    void can_be_run_again_without_failing_or_changing_the_topics() throws Exception {
        // given the catalog exists already
        TestInfra.createCatalogTopics();
        Map<String, Integer> before = partitionCounts();

        // when
        TestInfra.createCatalogTopics();

        // then
        assertThat(partitionCounts()).isEqualTo(before);
    }

    private static Map<String, Integer> partitionCounts() throws Exception {
        try (Admin admin = admin()) {
            return admin.describeTopics(Topics.allNamesIncludingDlqs()).allTopicNames().get().values().stream()
                    .collect(Collectors.toMap(TopicDescription::name, description -> description.partitions().size()));
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers()));
    }
}
