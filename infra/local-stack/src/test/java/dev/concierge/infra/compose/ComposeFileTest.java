package dev.concierge.infra.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.concierge.infra.topics.TopicSpec;
import dev.concierge.schemas.catalog.Topics;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine exists on the machines that build Concierge, so docker-compose.yml is never
 * started here. Instead this test reads it and holds it to the contract (the root README: modules, ports, topics):
 * the six services, their ports and environment, a three-node KRaft Kafka, a MongoDB replica set,
 * Redis, and every topic of the catalog created with the catalog's partitions and configs.
 */
class ComposeFileTest {

    private static final Path REPO_ROOT = Path.of("..", "..").toAbsolutePath().normalize();

    /** The service modules and their HTTP ports, as fixed by the contract. */
    private static final Map<String, Integer> SERVICE_PORTS = Map.of(
            "projections-service", 8080,
            "ingest-api", 8081,
            "request-stream-processor", 8082,
            "ai-enrichment-worker", 8083,
            "payment-worker", 8084,
            "notifier-worker", 8085);

    /** Gateway, admin and key settings: production has no defaults, so compose must demand them. */
    private static final Set<String> SECRET_VARIABLES = Set.of("CONCIERGE_ADMIN_PASSWORD", "RAZORPAY_WEBHOOK_SECRET",
            "TWILIO_AUTH_TOKEN", "TWILIO_ACCOUNT_SID", "PUBLIC_BASE_URL", "AUTH_HASH_PEPPER", "NOTIFY_VARIABLES_KEY",
            "MEDIA_LINK_KEY", "RECEIPT_LINK_KEY");

    /**
     * Which service needs which: webhook verification, auth and signed media links; the simulated
     * gateway and signed receipt links; the photos the AI worker reads through signed links; the Twilio
     * client, the Notify secrets and the media links it signs.
     */
    private static final Map<String, Set<String>> SECRETS_BY_SERVICE = Map.of(
            "ingest-api", Set.of("CONCIERGE_ADMIN_PASSWORD", "RAZORPAY_WEBHOOK_SECRET", "TWILIO_AUTH_TOKEN",
                    "PUBLIC_BASE_URL", "AUTH_HASH_PEPPER", "NOTIFY_VARIABLES_KEY", "MEDIA_LINK_KEY"),
            "payment-worker", Set.of("RAZORPAY_WEBHOOK_SECRET", "RECEIPT_LINK_KEY"),
            "ai-enrichment-worker", Set.of("MEDIA_LINK_KEY"),
            "notifier-worker", Set.of("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "PUBLIC_BASE_URL",
                    "NOTIFY_VARIABLES_KEY", "MEDIA_LINK_KEY"));

    /** {@code ${NAME:?message}}: compose refuses to start when NAME is unset or empty. */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z_]+):\\?[^}]+}");

    private static final String TOPICS_INIT = "kafka-topics-init";
    private static final String MONGODB = "mongodb";
    private static final String MONGODB_INIT = "mongodb-init";
    private static final String REDIS = "redis";
    private static final String CREATE_TOPIC = "create_topic";

    private static JsonNode compose;
    private static JsonNode services;

    @BeforeAll
    static void readComposeFile() throws IOException {
        Path composeFile = REPO_ROOT.resolve("docker-compose.yml");
        compose = new ObjectMapper(new YAMLFactory()).readTree(composeFile.toFile());
        services = compose.path("services");
        assertThat(services.isObject()).as("docker-compose.yml has a services section").isTrue();
    }

    @Test
    void every_service_module_is_built_from_its_jvm_dockerfile() {
        assertSoftly(softly -> SERVICE_PORTS.keySet().forEach(module -> {
            JsonNode build = service(module).path("build");
            Path context = REPO_ROOT.resolve(build.path("context").asText()).normalize();
            softly.assertThat(context).as("%s build context", module).isEqualTo(REPO_ROOT.resolve(module));
            softly.assertThat(build.path("dockerfile").asText())
                    .as("%s dockerfile", module).isEqualTo("src/main/docker/Dockerfile.jvm");
            softly.assertThat(context.resolve(build.path("dockerfile").asText()))
                    .as("%s Dockerfile.jvm on disk", module).isRegularFile();
        }));
    }

    @Test
    void every_service_publishes_its_contract_port_and_checks_its_health_there() throws IOException {
        for (Map.Entry<String, Integer> entry : SERVICE_PORTS.entrySet()) {
            String module = entry.getKey();
            int port = entry.getValue();
            JsonNode service = service(module);

            assertThat(publishedPorts(service)).as("%s published ports", module)
                    .contains(new PublishedPort(port, port));
            assertThat(joined(service.path("healthcheck").path("test")))
                    .as("%s healthcheck", module).contains("http://127.0.0.1:" + port + "/q/health");
            // the container only answers on the published port if the application listens on it
            assertThat(httpPortOf(module)).as("%s quarkus.http.port", module).isEqualTo(String.valueOf(port));
        }
    }

    @Test
    void every_service_reaches_kafka_redis_and_mongodb_by_their_compose_names() {
        Set<String> brokerAddresses = kafkaBrokers().values().stream()
                .map(ComposeFileTest::interBrokerAddress)
                .collect(Collectors.toSet());
        String replicaSet = replicaSetName();

        assertSoftly(softly -> SERVICE_PORTS.keySet().forEach(module -> {
            Map<String, String> env = environment(service(module));

            softly.assertThat(Set.of(env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "").split(",")))
                    .as("%s KAFKA_BOOTSTRAP_SERVERS", module).isEqualTo(brokerAddresses);

            URI redis = URI.create(env.getOrDefault("REDIS_URL", "absent://missing:0"));
            softly.assertThat(redis.getScheme()).as("%s REDIS_URL scheme", module).isEqualTo("redis");
            softly.assertThat(redis.getHost() + ":" + redis.getPort()).as("%s REDIS_URL", module)
                    .isEqualTo(REDIS + ":6379");

            URI mongo = URI.create(env.getOrDefault("MONGODB_URI", "absent://missing:0"));
            softly.assertThat(mongo.getScheme()).as("%s MONGODB_URI scheme", module).isEqualTo("mongodb");
            softly.assertThat(mongo.getHost() + ":" + mongo.getPort()).as("%s MONGODB_URI", module)
                    .isEqualTo(MONGODB + ":27017");
            softly.assertThat(mongo.getQuery()).as("%s MONGODB_URI options", module)
                    .contains("replicaSet=" + replicaSet);
        }));
    }

    @Test
    void every_service_starts_only_once_topics_replica_set_and_redis_are_ready() {
        Map<String, String> expected = Map.of(
                TOPICS_INIT, "service_completed_successfully",
                MONGODB_INIT, "service_completed_successfully",
                REDIS, "service_healthy");

        assertSoftly(softly -> SERVICE_PORTS.keySet().forEach(module -> {
            Map<String, String> conditions = new TreeMap<>();
            service(module).path("depends_on").properties().forEach(dependency ->
                    conditions.put(dependency.getKey(), dependency.getValue().path("condition").asText()));
            softly.assertThat(conditions).as("%s depends_on", module).containsAllEntriesOf(expected);
        }));
    }

    @Test
    void gateway_and_auth_secrets_must_be_supplied_because_production_has_no_defaults() {
        assertSoftly(softly -> {
            SECRETS_BY_SERVICE.forEach((module, variables) -> softly.assertThat(environment(service(module)))
                    .as("%s environment", module).containsKeys(variables.toArray(String[]::new)));

            services.properties().forEach(service -> environment(service.getValue()).forEach((name, value) -> {
                if (SECRET_VARIABLES.contains(name)) {
                    softly.assertThat(value).as("%s %s", service.getKey(), name).matches(REQUIRED_VARIABLE);
                    softly.assertThat(REQUIRED_VARIABLE.matcher(value).replaceAll("$1"))
                            .as("%s %s reads the variable of its own name", service.getKey(), name).isEqualTo(name);
                }
            }));
        });
    }

    @Test
    void ingest_api_reads_its_jwt_keys_from_files_the_operator_must_supply() {
        JsonNode ingest = service("ingest-api");
        Map<String, String> env = environment(ingest);
        Map<String, String> secretsByMountPath = new TreeMap<>();
        ingest.path("secrets").forEach(secret ->
                secretsByMountPath.put("/run/secrets/" + secret.path("target").asText(), secret.path("source").asText()));

        assertThat(secretsByMountPath).as("ingest-api secrets by mount path")
                .containsKeys(env.get("JWT_PRIVATE_KEY_LOCATION"), env.get("JWT_PUBLIC_KEY_LOCATION"));
        secretsByMountPath.values().forEach(secret ->
                assertThat(compose.path("secrets").path(secret).path("file").asText())
                        .as("file of secret %s", secret).matches(REQUIRED_VARIABLE));
    }

    @Test
    void kafka_is_three_combined_kraft_nodes_with_distinct_ids_in_one_quorum() {
        Map<String, Map<String, String>> brokers = kafkaBrokers();

        assertThat(brokers).as("Kafka brokers").hasSize(3);
        assertThat(valuesOf(brokers, "KAFKA_NODE_ID")).as("distinct node ids").hasSize(3).doesNotContainNull();
        assertThat(valuesOf(brokers, "CLUSTER_ID")).as("one cluster id for all nodes").hasSize(1).doesNotContainNull();

        // every node votes in the quorum, addressed by its compose name on the controller listener
        Set<String> expectedVoters = new HashSet<>();
        brokers.forEach((name, env) -> expectedVoters.add(env.get("KAFKA_NODE_ID") + "@" + name + ":"
                + listenerPort(env.get("KAFKA_LISTENERS"), env.get("KAFKA_CONTROLLER_LISTENER_NAMES"))));

        brokers.forEach((name, env) -> assertSoftly(softly -> {
            softly.assertThat(Set.of(env.get("KAFKA_PROCESS_ROLES").split(","))).as("%s roles", name)
                    .containsExactlyInAnyOrder("broker", "controller");
            softly.assertThat(Set.of(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS").split(","))).as("%s voters", name)
                    .isEqualTo(expectedVoters);
            softly.assertThat(env).as("%s replication", name)
                    .containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2")
                    .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2");
        }));
    }

    @Test
    void mongodb_runs_as_a_replica_set_that_the_init_container_initiates() {
        String replicaSet = replicaSetName();
        String initScript = joined(service(MONGODB_INIT).path("command"));

        assertThat(replicaSet).isEqualTo("rs0");
        assertThat(initScript)
                .contains("rs.initiate(")
                .contains("_id: '" + replicaSet + "'")
                .contains("host: '" + MONGODB + ":27017'")
                .contains("isWritablePrimary");
        assertThat(service(MONGODB_INIT).path("depends_on").path(MONGODB).path("condition").asText())
                .isEqualTo("service_healthy");
    }

    @Test
    void redis_runs_with_a_health_check() {
        JsonNode redis = service(REDIS);

        assertThat(redis.path("image").asText()).startsWith("redis:");
        assertThat(joined(redis.path("healthcheck").path("test"))).contains("redis-cli").contains("ping");
    }

    @Test
    void topic_init_waits_for_all_three_brokers_and_creates_with_replication_three() {
        JsonNode init = service(TOPICS_INIT);
        String script = joined(init.path("command"));
        String function = script.lines().filter(line -> line.startsWith(CREATE_TOPIC + "()")).findFirst().orElse("");

        assertThat(function).as("the %s function", CREATE_TOPIC)
                .contains("kafka-topics.sh", "--create", "--if-not-exists", "--replication-factor 3");
        for (String broker : kafkaBrokers().keySet()) {
            assertThat(init.path("depends_on").path(broker).path("condition").asText())
                    .as("%s waits for %s", TOPICS_INIT, broker).isEqualTo("service_healthy");
        }
    }

    /**
     * The same topics, partitions and configs as the dev stack's {@code infra/bin/kafka topics}
     * ({@link TopicSpec#catalog()}, built from {@link Topics#ALL}), so a topic added to the catalog
     * fails here until compose creates it too.
     */
    @Test
    void topic_init_creates_exactly_the_catalog_topics_and_their_dlqs_with_catalog_settings() {
        Map<String, TopicSpec> created = createdTopics(joined(service(TOPICS_INIT).path("command")));
        Map<String, TopicSpec> expected = TopicSpec.catalog().stream()
                .collect(Collectors.toMap(TopicSpec::name, Function.identity()));

        assertThat(created.keySet()).as("topics created by %s", TOPICS_INIT)
                .containsExactlyInAnyOrderElementsOf(Topics.allNamesIncludingDlqs());
        assertThat(created).isEqualTo(expected);
        assertThat(created.get(Topics.REQUESTS_STATE.name()).configs()).containsEntry("cleanup.policy", "compact");
    }

    // --- reading the compose file -----------------------------------------------------------------

    /** A "host:container" or "ip:host:container" entry of a service's ports. */
    private record PublishedPort(int hostPort, int containerPort) {

        static PublishedPort parse(String mapping) {
            String[] parts = mapping.split(":");
            int last = parts.length - 1;
            return new PublishedPort(Integer.parseInt(parts[last - 1]), Integer.parseInt(parts[last]));
        }
    }

    /** Parses every "create_topic --topic t --partitions n --config k=v …" line of the init script. */
    private static Map<String, TopicSpec> createdTopics(String script) {
        Map<String, TopicSpec> topics = new TreeMap<>();
        script.lines().map(String::strip).filter(line -> line.startsWith(CREATE_TOPIC + " ")).forEach(line -> {
            List<String> words = List.of(line.split("\\s+"));
            String name = null;
            Integer partitions = null;
            Map<String, String> configs = new TreeMap<>();
            assertThat(words.size() % 2).as("every option has a value in: %s", line).isEqualTo(1);
            for (int i = 1; i < words.size(); i += 2) {
                String option = words.get(i);
                String value = words.get(i + 1);
                if (option.equals("--topic")) {
                    name = value;
                } else if (option.equals("--partitions")) {
                    partitions = Integer.valueOf(value);
                } else if (option.equals("--config")) {
                    String[] keyValue = value.split("=", 2);
                    configs.put(keyValue[0], keyValue[1]);
                } else {
                    throw new AssertionError("unexpected option " + option + " in: " + line);
                }
            }
            assertThat(name).as("--topic in: %s", line).isNotNull();
            assertThat(partitions).as("--partitions in: %s", line).isNotNull();
            assertThat(topics).as("topics created before: %s", line).doesNotContainKey(name);
            topics.put(name, new TopicSpec(name, partitions, configs));
        });
        return topics;
    }

    /** The Kafka nodes: services of the apache/kafka image that run with a KRaft process role. */
    private static Map<String, Map<String, String>> kafkaBrokers() {
        Map<String, Map<String, String>> brokers = new TreeMap<>();
        services.properties().forEach(service -> {
            Map<String, String> env = environment(service.getValue());
            if (service.getValue().path("image").asText().startsWith("apache/kafka:")
                    && env.getOrDefault("KAFKA_PROCESS_ROLES", "").contains("broker")) {
                brokers.put(service.getKey(), env);
            }
        });
        return brokers;
    }

    private static Set<String> valuesOf(Map<String, Map<String, String>> brokers, String variable) {
        Set<String> values = new HashSet<>();
        brokers.values().forEach(env -> values.add(env.get(variable)));
        return values;
    }

    /** The host:port the other brokers and the services use: the inter-broker advertised listener. */
    private static String interBrokerAddress(Map<String, String> brokerEnv) {
        String listener = brokerEnv.get("KAFKA_INTER_BROKER_LISTENER_NAME") + "://";
        return Arrays.stream(brokerEnv.get("KAFKA_ADVERTISED_LISTENERS").split(","))
                .filter(advertised -> advertised.startsWith(listener))
                .map(advertised -> advertised.substring(listener.length()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no advertised " + listener + " listener in " + brokerEnv));
    }

    private static String listenerPort(String listeners, String listenerName) {
        return Arrays.stream(listeners.split(","))
                .filter(listener -> listener.startsWith(listenerName + "://"))
                .map(listener -> listener.substring(listener.lastIndexOf(':') + 1))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + listenerName + " listener in " + listeners));
    }

    /** The value after --replSet in the mongodb command, or "" when it does not run as a replica set. */
    private static String replicaSetName() {
        List<String> command = new ArrayList<>();
        service(MONGODB).path("command").forEach(word -> command.add(word.asText()));
        int option = command.indexOf("--replSet");
        return option >= 0 && option + 1 < command.size() ? command.get(option + 1) : "";
    }

    private static JsonNode service(String name) {
        JsonNode service = services.path(name);
        assertThat(service.isObject()).as("docker-compose.yml has a service named %s", name).isTrue();
        return service;
    }

    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new TreeMap<>();
        service.path("environment").properties()
                .forEach(variable -> env.put(variable.getKey(), variable.getValue().asText()));
        return env;
    }

    private static List<PublishedPort> publishedPorts(JsonNode service) {
        List<PublishedPort> ports = new ArrayList<>();
        service.path("ports").forEach(port -> ports.add(PublishedPort.parse(port.asText())));
        return ports;
    }

    /** A command or healthcheck as one string, whether compose has it as a list or a plain string. */
    private static String joined(JsonNode command) {
        if (!command.isArray()) {
            return command.asText();
        }
        List<String> words = new ArrayList<>();
        command.forEach(word -> words.add(word.asText()));
        return String.join("\n", words);
    }

    private static String httpPortOf(String module) throws IOException {
        Properties properties = new Properties();
        Path file = REPO_ROOT.resolve(module).resolve("src/main/resources/application.properties");
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties.getProperty("quarkus.http.port");
    }
}
