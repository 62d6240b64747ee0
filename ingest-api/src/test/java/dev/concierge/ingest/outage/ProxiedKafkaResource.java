package dev.concierge.ingest.outage;

import dev.concierge.schemas.catalog.Topics;
import dev.concierge.testkit.TestInfra;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A broker of its own for the outage test, reachable only through a {@link TcpProxy}: the broker
 * advertises the proxy's port, so every connection of the service (bootstrap and partition leader)
 * goes through it and cutting the proxy is indistinguishable from the broker being down. The shared
 * test kit's Redis and MongoDB-wire server are reached through proxies of their own too, so the test
 * can cut either for this service alone. The test gets the on/off switches injected as a
 * {@code Map<String, Consumer<Boolean>>} keyed {@code kafka}, {@code redis} and {@code mongodb}
 * (JDK types, so they cross Quarkus' class loaders).
 */
public class ProxiedKafkaResource implements QuarkusTestResourceLifecycleManager {

    private TcpProxy proxy;
    private TcpProxy redisProxy;
    private TcpProxy mongoProxy;
    private KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        URI redis = URI.create(TestInfra.redisUrl());
        URI mongo = URI.create(TestInfra.mongoUri());
        try {
            redisProxy = new TcpProxy();
            redisProxy.forwardTo(redis.getHost(), redis.getPort());
            config.put("concierge.redis.url", "redis://127.0.0.1:" + redisProxy.port());
            mongoProxy = new TcpProxy();
            mongoProxy.forwardTo(mongo.getHost(), mongo.getPort());
            config.put("quarkus.mongodb.connection-string", "mongodb://127.0.0.1:" + mongoProxy.port());
            proxy = new TcpProxy();
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .setBaseDirectory(Files.createTempDirectory("ingest-outage-kafka"))
                    .build();
            cluster = new KafkaClusterTestKit.Builder(nodes)
                    .setConfigProp("advertised.listeners", "EXTERNAL://127.0.0.1:" + proxy.port())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                    .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setDeleteOnClose(true)
                    .build();
            cluster.format();
            cluster.startup();
            String[] brokerAddress = cluster.bootstrapServers().split(",")[0].split(":");
            proxy.forwardTo(brokerAddress[0], Integer.parseInt(brokerAddress[1]));
            cluster.waitForReadyBrokers();
            String viaProxy = "127.0.0.1:" + proxy.port();
            createCatalogTopics(viaProxy);
            config.put("kafka.bootstrap.servers", viaProxy);
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the proxied Kafka broker", e);
        }
    }

    @Override
    public void inject(TestInjector injector) {
        Map<String, Consumer<Boolean>> links = Map.of("kafka", proxy::setConnected, "redis", redisProxy::setConnected,
                "mongodb", mongoProxy::setConnected);
        injector.injectIntoFields(links, new TestInjector.MatchesType(Map.class));
    }

    @Override
    public void stop() {
        try {
            if (proxy != null) {
                proxy.close();
            }
            if (redisProxy != null) {
                redisProxy.close();
            }
            if (mongoProxy != null) {
                mongoProxy.close();
            }
            if (cluster != null) {
                cluster.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the proxied Kafka broker", e);
        }
    }

    private static void createCatalogTopics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            List<NewTopic> topics = Topics.ALL.stream()
                    .map(topic -> new NewTopic(topic.name(), Optional.of(topic.partitions()), Optional.empty())
                            .configs(topic.topicConfigs()))
                    .toList();
            admin.createTopics(topics).all().get();
        }
    }
}
