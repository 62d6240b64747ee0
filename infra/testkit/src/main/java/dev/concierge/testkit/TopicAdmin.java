package dev.concierge.testkit;

import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.catalog.Topics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates topics idempotently: a topic that already exists is left as it is. */
final class TopicAdmin {

    private static final long TIMEOUT_SECONDS = 30;

    private TopicAdmin() {
    }

    /** The catalog's topics with their partitions and configs, and a {@code .dlq} beside each. */
    static List<NewTopic> catalogTopics() {
        List<NewTopic> topics = new ArrayList<>();
        for (Topic<?> topic : Topics.ALL) {
            // replication is left to the broker: 1 on the local broker, 3 in docker-compose
            topics.add(new NewTopic(topic.name(), Optional.of(topic.partitions()), Optional.empty())
                    .configs(topic.topicConfigs()));
            // a dead letter keeps the source's partitioning and is never compacted away
            topics.add(new NewTopic(topic.dlqName(), Optional.of(topic.partitions()), Optional.empty())
                    .configs(topic.dlqTopicConfigs()));
        }
        return topics;
    }

    /** Topics for a single test: the broker's default partitions and replication. */
    static List<NewTopic> plainTopics(Collection<String> names) {
        return names.stream()
                .map(name -> new NewTopic(name, Optional.empty(), Optional.empty()))
                .toList();
    }

    static void create(String bootstrapServers, List<NewTopic> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var results = admin.createTopics(topics).values();
            for (var result : results.entrySet()) {
                awaitCreated(result.getKey(), result.getValue());
            }
        }
    }

    private static void awaitCreated(String topic, KafkaFuture<Void> creation) {
        try {
            creation.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topic " + topic + ": " + e.getCause().getMessage(),
                        e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker did not create topic " + topic + " within "
                    + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic, e);
        }
    }
}
