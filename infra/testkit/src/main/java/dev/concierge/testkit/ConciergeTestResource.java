package dev.concierge.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the shared test infrastructure:
 * {@code @WithTestResource(ConciergeTestResource.class)}. The catalog topics exist before the
 * application starts, as they do on the dev stack, and the application's consumer groups that never
 * committed start at the end of them rather than behind every earlier test's records
 * ({@link ChannelGroups}).
 */
public class ConciergeTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestInfra.createCatalogTopics();
        Map<String, String> config = TestInfra.quarkusConfig();
        ChannelGroups.startAtEnd(config.get("kafka.bootstrap.servers"),
                ChannelGroups.ofApplication(Thread.currentThread().getContextClassLoader()));
        return config;
    }

    @Override
    public void stop() {
        // the parts are shared by every test in the JVM; TestInfra stops them when the JVM exits
    }
}
