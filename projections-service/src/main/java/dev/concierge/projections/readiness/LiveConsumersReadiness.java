package dev.concierge.projections.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Readiness of the read side: DOWN until every live consumer group ({@link LiveGroup}) has its partitions
 * assigned and has applied everything its topic held when this check first looked ({@link CatchUp}). Before
 * that a new request can be missing from the API for seconds after the ingest API accepted it (a cold stack:
 * the consumers are still joining their groups). Once UP it stays UP: later lag is the normal work of a live
 * service, and the Kafka and MongoDB checks report lost connections.
 */
@Readiness
@ApplicationScoped
public class LiveConsumersReadiness implements HealthCheck {

    static final String NAME = "Live consumers assigned and caught up";
    private static final Logger LOG = Logger.getLogger(LiveConsumersReadiness.class);

    private final String bootstrapServers;
    private final List<LiveGroup> groups;
    private final Set<String> caughtUp = new HashSet<>();
    private Map<String, Set<TopicPartition>> partitions;
    private Map<TopicPartition, Long> targets;
    private volatile boolean ready;

    @Inject
    LiveConsumersReadiness(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this(bootstrapServers, LiveGroup.of(ConfigProvider.getConfig()));
    }

    LiveConsumersReadiness(String bootstrapServers, List<LiveGroup> groups) {
        this.bootstrapServers = bootstrapServers;
        this.groups = List.copyOf(groups);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named(NAME).withData("groups", groups.size());
        if (ready) {
            return answer.up().build();
        }
        return check(answer);
    }

    private synchronized HealthCheckResponse check(HealthCheckResponseBuilder answer) {
        try (KafkaOffsets kafka = new KafkaOffsets(bootstrapServers)) {
            if (targets == null) {
                // taken once: "caught up" means what was there at start, not a moving end
                Map<String, Set<TopicPartition>> found = kafka.partitions(
                        groups.stream().map(LiveGroup::topic).collect(Collectors.toSet()));
                targets = kafka.afterLastRecords(found.values().stream().flatMap(Set::stream).toList());
                partitions = found;
            }
            Map<String, String> waiting = new TreeMap<>();
            for (LiveGroup group : groups) {
                List<String> missing = CatchUp.waitingFor(partitions.getOrDefault(group.topic(), Set.of()),
                        kafka.assigned(group.group()), kafka.committed(group.group()), targets);
                if (!missing.isEmpty()) {
                    waiting.put(group.group(), String.join("; ", missing));
                } else if (caughtUp.add(group.group())) {
                    LOG.infof("consumer group %s is assigned and caught up (%d ms after the JVM started)",
                            group.group(), uptime());
                }
            }
            if (waiting.isEmpty()) {
                ready = true;
                LOG.infof("every live consumer group (%d) is assigned and caught up: ready (%d ms after the JVM started)",
                        groups.size(), uptime());
                return answer.up().build();
            }
            waiting.forEach(answer::withData);
            return answer.down().build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return answer.down().withData("reason", "interrupted").build();
        } catch (Exception e) {
            return answer.down().withData("reason", "Kafka did not answer: " + e).build();
        }
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
