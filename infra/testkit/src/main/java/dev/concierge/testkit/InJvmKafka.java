package dev.concierge.testkit;

import java.nio.file.Path;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

/** One combined broker+controller KRaft node running inside the test JVM (Kafka's own test kit). */
final class InJvmKafka implements RunningPart {

    private static final System.Logger LOG = System.getLogger(InJvmKafka.class.getName());

    private final KafkaClusterTestKit cluster;

    private InJvmKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    static InJvmKafka start(Path dataDirectory) {
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .setBaseDirectory(dataDirectory)
                    .build();
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
                    // the defaults (3) can never be met by one node: group and transactional clients would hang
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                    .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                    // tests join groups one consumer at a time; waiting 3 s for more members only slows them
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setDeleteOnClose(true)
                    .build();
            startOrClose(cluster);
            LOG.log(System.Logger.Level.INFO, "In-JVM Kafka (KRaft) ready at {0}, data in {1}",
                    cluster.bootstrapServers(), dataDirectory);
            return new InJvmKafka(cluster);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the in-JVM Kafka cluster", e);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the in-JVM Kafka cluster in " + dataDirectory, e);
        }
    }

    /** A node that failed half-way would keep its threads and ports until the JVM exits. */
    private static void startOrClose(KafkaClusterTestKit cluster) throws Exception {
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
    }

    @Override
    public String address() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "in-JVM Kafka did not stop cleanly", e);
        }
    }
}
