package dev.concierge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.catalog.Topics;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

class ConciergeTestResourceTest {

    @Test
    void hands_quarkus_every_address_a_concierge_service_reads() {
        // when
        Map<String, String> config = new ConciergeTestResource().start();

        // then
        assertThat(config).containsOnly(
                Map.entry("kafka.bootstrap.servers", TestInfra.kafkaBootstrapServers()),
                Map.entry("quarkus.kafka-streams.bootstrap-servers", TestInfra.kafkaBootstrapServers()),
                Map.entry("concierge.redis.url", TestInfra.redisUrl()),
                Map.entry("quarkus.mongodb.connection-string", TestInfra.mongoUri()));
    }

    @Test
    void creates_the_catalog_topics_before_the_application_starts() throws Exception {
        // when
        new ConciergeTestResource().start();

        // then
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfra.kafkaBootstrapServers()))) {
            Set<String> topics = admin.listTopics().names().get();
            assertThat(topics).containsAll(Topics.allNamesIncludingDlqs());
        }
    }
}
