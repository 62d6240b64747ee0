package dev.concierge.projections.support;

import dev.concierge.testkit.TestInfra;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The application as a fresh deployment sees the shared test broker: every Kafka channel of
 * {@code application.properties} (whatever read models there are) gets a consumer group of its own that
 * never committed, so the live read models take in every topic from offset zero, as a rebuild does; and
 * the read models go to a database no other test wrote to. Also: instances follow a switched generation
 * within a second, and a rebuild waits two seconds after its switch.
 */
public class LiveFromTheBeginning implements QuarkusTestProfile {

    private static final String PREFIX = "mp.messaging.incoming.";
    private static final String CONNECTOR = ".connector";

    @Override
    public Map<String, String> getConfigOverrides() {
        String run = TestInfra.uniqueName("rebuild").replace('-', '_');
        Map<String, String> config = new HashMap<>();
        config.put("concierge.mongodb.database", "projections_" + run);
        for (String channel : kafkaChannels()) {
            config.put(PREFIX + channel + ".group.id", "projections-service-" + channel + "-" + run);
        }
        config.put("concierge.rebuild.follow-interval", "1s");
        config.put("concierge.rebuild.settle", "2s");
        return config;
    }

    /** The names of the application's incoming Kafka channels. */
    public static List<String> kafkaChannels() {
        Properties properties = new Properties();
        try (InputStream in = LiveFromTheBeginning.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith(PREFIX) && key.endsWith(CONNECTOR))
                .filter(key -> "smallrye-kafka".equals(properties.getProperty(key).trim()))
                .map(key -> key.substring(PREFIX.length(), key.length() - CONNECTOR.length()))
                .sorted().toList();
    }
}
