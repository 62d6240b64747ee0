package dev.concierge.infra.topics;

import dev.concierge.infra.cli.Options;
import dev.concierge.infra.topics.TopicChange.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Makes the broker's topics match the catalog: creates what is missing, corrects configs that
 * drifted and adds partitions where there are too few. Running it again changes nothing.
 */
public final class TopicCreator {

    private static final Duration METADATA_RETRY_PAUSE = Duration.ofMillis(200);

    private final Admin admin;
    private final Duration timeout;

    public TopicCreator(Admin admin, Duration timeout) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** Creates every catalog topic and its {@code .dlq} on the broker in {@code --bootstrap}. */
    public static void main(String[] args) {
        String bootstrap = Options.parse(args).value("bootstrap", "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            List<TopicChange> changes = new TopicCreator(admin, Duration.ofSeconds(60)).ensure(TopicSpec.catalog());
            changes.stream()
                    .filter(change -> change.kind() != Kind.UNCHANGED)
                    .map(TopicChange::asLine)
                    .forEach(System.out::println);
            System.out.println("kafka topics on " + bootstrap + ": " + summarise(changes));
        } catch (ExecutionException | TimeoutException e) {
            System.err.println("could not create the catalog topics on " + bootstrap + ": " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        }
    }

    /** One or more changes per spec, in the order of {@code specs}. */
    public List<TopicChange> ensure(List<TopicSpec> specs)
            throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> existing = await(admin.listTopics().names());
        List<TopicSpec> missing = specs.stream().filter(spec -> !existing.contains(spec.name())).toList();
        Set<String> created = createMissing(missing);
        List<TopicSpec> present = specs.stream().filter(spec -> !created.contains(spec.name())).toList();
        Map<String, List<TopicChange>> reconciled = reconcile(present);

        List<TopicChange> changes = new ArrayList<>();
        for (TopicSpec spec : specs) {
            if (created.contains(spec.name())) {
                changes.add(new TopicChange(spec.name(), Kind.CREATED, describe(spec)));
            } else {
                changes.addAll(reconciled.get(spec.name()));
            }
        }
        return changes;
    }

    public static String summarise(List<TopicChange> changes) {
        long topics = changes.stream().map(TopicChange::topic).distinct().count();
        Map<Kind, Long> byKind = changes.stream()
                .collect(Collectors.groupingBy(TopicChange::kind, () -> new EnumMap<>(Kind.class), Collectors.counting()));
        return topics + " in the catalog; " + byKind.entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey().label())
                .collect(Collectors.joining(", "));
    }

    /** The names it created; a topic someone else created meanwhile is left to {@link #reconcile}. */
    private Set<String> createMissing(List<TopicSpec> missing) throws InterruptedException, TimeoutException,
            ExecutionException {
        if (missing.isEmpty()) {
            return Set.of();
        }
        // no replication factor: the broker's default.replication.factor applies (1 locally, 3 in compose)
        List<NewTopic> newTopics = missing.stream()
                .map(spec -> new NewTopic(spec.name(), Optional.of(spec.partitions()), Optional.empty())
                        .configs(spec.configs()))
                .toList();
        Map<String, KafkaFuture<Void>> results = admin.createTopics(newTopics).values();
        Set<String> created = new HashSet<>();
        for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
            try {
                await(result.getValue());
                created.add(result.getKey());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        return created;
    }

    private Map<String, List<TopicChange>> reconcile(List<TopicSpec> specs)
            throws ExecutionException, InterruptedException, TimeoutException {
        if (specs.isEmpty()) {
            return Map.of();
        }
        List<String> names = specs.stream().map(TopicSpec::name).toList();
        Map<String, TopicDescription> descriptions = awaitKnown(() -> admin.describeTopics(names).allTopicNames());
        List<ConfigResource> resources = names.stream().map(TopicCreator::resource).toList();
        Map<ConfigResource, Config> configs = awaitKnown(() -> admin.describeConfigs(resources).all());

        Map<String, List<TopicChange>> changes = new HashMap<>();
        Map<ConfigResource, Collection<AlterConfigOp>> corrections = new HashMap<>();
        Map<String, NewPartitions> increases = new HashMap<>();
        for (TopicSpec spec : specs) {
            TopicDrift drift = new TopicDrift(spec, descriptions.get(spec.name()).partitions().size(),
                    valuesOf(configs.get(resource(spec.name()))));
            changes.put(spec.name(), drift.changes());
            drift.partitionIncrease().ifPresent(increase -> increases.put(spec.name(), increase));
            if (!drift.configCorrections().isEmpty()) {
                corrections.put(resource(spec.name()), drift.configCorrections());
            }
        }
        if (!corrections.isEmpty()) {
            await(admin.incrementalAlterConfigs(corrections).all());
        }
        if (!increases.isEmpty()) {
            await(admin.createPartitions(increases).all());
        }
        return changes;
    }

    private static Map<String, String> valuesOf(Config config) {
        Map<String, String> values = new HashMap<>();
        for (ConfigEntry entry : config.entries()) {
            if (entry.value() != null) {
                values.put(entry.name(), entry.value());
            }
        }
        return values;
    }

    private static ConfigResource resource(String topic) {
        return new ConfigResource(ConfigResource.Type.TOPIC, topic);
    }

    private static String describe(TopicSpec spec) {
        return spec.partitions() + " partitions, " + spec.configs().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    /**
     * A topic created a moment ago (by another process, or by this one on an earlier run) can be listed
     * before its partitions reach the broker's metadata; describing it then fails for a short while.
     */
    private <T> T awaitKnown(Supplier<KafkaFuture<T>> request)
            throws ExecutionException, InterruptedException, TimeoutException {
        Instant deadline = Instant.now().plus(timeout);
        ExecutionException unknown;
        do {
            try {
                return await(request.get());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
                unknown = e;
                Thread.sleep(METADATA_RETRY_PAUSE.toMillis());
            }
        } while (Instant.now().isBefore(deadline));
        throw unknown;
    }

    private <T> T await(KafkaFuture<T> future) throws ExecutionException, InterruptedException, TimeoutException {
        return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
