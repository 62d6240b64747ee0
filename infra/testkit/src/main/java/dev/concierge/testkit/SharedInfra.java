package dev.concierge.testkit;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The started parts and their addresses, one set per JVM: {@link TestInfra} always reaches this class
 * through the system class loader. Each part starts on first use and stops when the JVM exits.
 */
final class SharedInfra {

    private static final System.Logger LOG = System.getLogger(SharedInfra.class.getName());

    private static final Deque<RunningPart> STARTED = new ArrayDeque<>();
    private static final UniqueNames NAMES = new UniqueNames();

    private static final Lazy<BackendChoice> CHOICE = new Lazy<>(SharedInfra::decide);
    private static final Lazy<String> KAFKA = new Lazy<>(() -> register(startKafka(CHOICE.get().kafka())));
    private static final Lazy<String> REDIS = new Lazy<>(() -> register(startRedis(CHOICE.get().redis())));
    private static final Lazy<String> MONGO = new Lazy<>(() -> register(startMongo(CHOICE.get().mongo())));

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SharedInfra::stopAll, "concierge-testkit-stop"));
    }

    private SharedInfra() {
    }

    static String kafkaBootstrapServers() {
        return KAFKA.get();
    }

    static String redisUrl() {
        return REDIS.get();
    }

    static String mongoUri() {
        return MONGO.get();
    }

    static String uniqueName(String prefix) {
        return NAMES.next(prefix);
    }

    static void createTopics(Collection<String> names) {
        TopicAdmin.create(kafkaBootstrapServers(), TopicAdmin.plainTopics(names));
    }

    static void createCatalogTopics() {
        TopicAdmin.create(kafkaBootstrapServers(), TopicAdmin.catalogTopics());
    }

    private static BackendChoice decide() {
        BackendChoice choice = BackendChoice.decide(System.getenv(), DockerContainers::dockerAvailable);
        LOG.log(System.Logger.Level.INFO, "Concierge test infrastructure: Kafka {0}, Redis {1}, MongoDB {2} ({3})",
                choice.kafka(), choice.redis(), choice.mongo(), choice.reason());
        return choice;
    }

    private static RunningPart startKafka(Backend backend) {
        return switch (backend) {
            case FROM_ENVIRONMENT -> RunningPart.external(System.getenv(BackendChoice.KAFKA_ENV));
            case TESTCONTAINERS -> DockerContainers.kafka();
            case IN_JVM -> InJvmKafka.start(workDirectory().resolve(uniqueName("kafka")));
        };
    }

    private static RunningPart startRedis(Backend backend) {
        return switch (backend) {
            case FROM_ENVIRONMENT -> RunningPart.external(System.getenv(BackendChoice.REDIS_ENV));
            case TESTCONTAINERS -> DockerContainers.redis();
            case IN_JVM -> RedisServerProcess.startFromPath(System.getenv("PATH"), workDirectory().resolve("redis"));
        };
    }

    private static RunningPart startMongo(Backend backend) {
        return switch (backend) {
            case FROM_ENVIRONMENT -> RunningPart.external(System.getenv(BackendChoice.MONGO_ENV));
            case TESTCONTAINERS -> DockerContainers.mongo();
            case IN_JVM -> InMemoryMongo.start();
        };
    }

    /** Under the module's {@code target/}, so that {@code mvn clean} removes what a killed run left behind. */
    private static Path workDirectory() {
        return Path.of(System.getProperty("user.dir"), "target", "concierge-testkit");
    }

    private static String register(RunningPart part) {
        synchronized (STARTED) {
            STARTED.push(part);
        }
        return part.address();
    }

    private static void stopAll() {
        List<RunningPart> parts;
        synchronized (STARTED) {
            parts = List.copyOf(STARTED);
            STARTED.clear();
        }
        // newest first: the reverse of start order
        parts.forEach(RunningPart::close);
    }

    static Map<String, String> quarkusConfig() {
        String kafka = kafkaBootstrapServers();
        return Map.of(
                "kafka.bootstrap.servers", kafka,
                "quarkus.kafka-streams.bootstrap-servers", kafka,
                "concierge.redis.url", redisUrl(),
                "quarkus.mongodb.connection-string", mongoUri());
    }
}
