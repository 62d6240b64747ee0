package dev.concierge.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the shared test infrastructure:
 * {@code @WithTestResource(ConciergeTestResource.class)}. The catalog topics exist before the
 * application starts, as they do on the dev stack.
 */
public class ConciergeTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestInfra.createCatalogTopics();
        return TestInfra.quarkusConfig();
    }

    @Override
    public void stop() {
        // the parts are shared by every test in the JVM; TestInfra stops them when the JVM exits
    }
}
