package dev.concierge.requests.streams;

import java.nio.file.Files;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A one-node KRaft cluster of a test's own, for what the shared test broker cannot be changed to: a
 * given {@code transaction.version} (the shared one runs 0; a 4.x cluster formatted with its defaults,
 * like the local stack's, runs 2) and a quick check for timed-out transactions (the default is 10 s).
 */
final class PrivateBroker implements AutoCloseable {

    private final KafkaClusterTestKit cluster;

    private PrivateBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    static PrivateBroker start(short transactionVersion, int abortTimedOutTransactionsEveryMs) throws Exception {
        TestKitNodes nodes = new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setBootstrapMetadata(BootstrapMetadata.fromVersions(MetadataVersion.latestProduction(),
                        Map.of("transaction.version", transactionVersion), "private-broker"))
                .setBaseDirectory(Files.createTempDirectory("rsp-private-kafka"))
                .build();
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
                // as the shared test broker: one node, so every internal topic has one replica
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("transaction.abort.timed.out.transaction.cleanup.interval.ms",
                        String.valueOf(abortTimedOutTransactionsEveryMs))
                .setDeleteOnClose(true)
                .build();
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new PrivateBroker(cluster);
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
    }

    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
