package dev.concierge.testkit.service;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/** Points the service at a loopback port nobody listens on, and gives up on it quickly. */
public class NoKafkaBroker implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String nowhere = "127.0.0.1:" + closedPort();
        return Map.of(
                "kafka.bootstrap.servers", nowhere,
                // Quarkus builds the Kafka client config from every name starting with "kafka", so the
                // KAFKA_BOOTSTRAP_SERVERS that ./concierge test exports must be outranked by name as well
                "KAFKA_BOOTSTRAP_SERVERS", nowhere,
                "kafka.request.timeout.ms", "1000",
                "kafka.default.api.timeout.ms", "2000",
                // this test is about Kafka; MongoDB has no server here
                "quarkus.mongodb.health.enabled", "false",
                // refused connections are the point of this test, not news
                "quarkus.log.category.\"org.apache.kafka.clients.NetworkClient\".level", "ERROR");
    }

    @Override
    public void stop() {
        // nothing was started
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
