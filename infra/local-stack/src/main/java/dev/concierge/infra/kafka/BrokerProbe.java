package dev.concierge.infra.kafka;

import dev.concierge.infra.cli.Options;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.Node;

/**
 * Waits until a broker answers a metadata request the way a client would see it: an open port alone
 * only says the JVM is up, not that the broker has joined its KRaft quorum and been unfenced.
 * Exits 0 when ready, 1 when the time runs out.
 */
public final class BrokerProbe {

    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration PAUSE = Duration.ofMillis(250);

    private BrokerProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        Options options = Options.parse(args);
        String bootstrap = options.value("bootstrap", "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
        Duration timeout = Duration.ofSeconds(options.intValue("timeout-seconds", "KAFKA_PROBE_TIMEOUT", 60));
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ATTEMPT_TIMEOUT.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ATTEMPT_TIMEOUT.toMillis()))) {
            Instant deadline = Instant.now().plus(timeout);
            String lastProblem = "no answer yet";
            while (Instant.now().isBefore(deadline)) {
                try {
                    DescribeClusterResult cluster = admin.describeCluster();
                    Collection<Node> brokers = cluster.nodes().get(ATTEMPT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    if (!brokers.isEmpty()) {
                        String clusterId = cluster.clusterId().get(ATTEMPT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                        System.out.println("kafka: " + bootstrap + " answers metadata (cluster " + clusterId
                                + ", " + brokers.size() + " broker)");
                        return;
                    }
                    lastProblem = "no broker registered yet";
                } catch (ExecutionException | TimeoutException e) {
                    lastProblem = e.getCause() == null ? e.toString() : e.getCause().toString();
                }
                Thread.sleep(PAUSE.toMillis());
            }
            System.err.println("kafka: " + bootstrap + " did not answer metadata within " + timeout.toSeconds()
                    + "s: " + lastProblem);
            System.exit(1);
        }
    }
}
