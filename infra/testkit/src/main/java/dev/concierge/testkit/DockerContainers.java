package dev.concierge.testkit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Real Kafka, MongoDB and Redis in Docker containers (Testcontainers), for machines with a Docker
 * engine: the way to test against real MongoDB, which mongo-java-server only imitates.
 */
final class DockerContainers {

    // the broker version the Quarkus BOM's kafka-clients speaks, as on the local broker
    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    // a replica set, as in production and docker-compose.yml: transactions and change streams work
    static final String MONGO_IMAGE = "mongo:8.0";
    static final String REDIS_IMAGE = "redis:7.4-alpine";
    private static final int REDIS_PORT = 6379;

    private static final System.Logger LOG = System.getLogger(DockerContainers.class.getName());

    private DockerContainers() {
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "no Docker engine: " + e.getMessage());
            return false;
        }
    }

    static RunningPart kafka() {
        KafkaContainer container = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE));
        container.start();
        return new ContainerPart(container, container.getBootstrapServers());
    }

    static RunningPart mongo() {
        MongoDBContainer container = new MongoDBContainer(DockerImageName.parse(MONGO_IMAGE)).withReplicaSet();
        container.start();
        return new ContainerPart(container, container.getConnectionString());
    }

    static RunningPart redis() {
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(REDIS_IMAGE))
                .withExposedPorts(REDIS_PORT)
                .withCommand("redis-server", "--save", "", "--appendonly", "no");
        container.start();
        return new ContainerPart(container,
                "redis://" + container.getHost() + ":" + container.getMappedPort(REDIS_PORT));
    }

    private record ContainerPart(GenericContainer<?> container, String address) implements RunningPart {

        @Override
        public void close() {
            try {
                container.stop();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "container " + container.getDockerImageName()
                        + " did not stop cleanly", e);
            }
        }
    }
}
