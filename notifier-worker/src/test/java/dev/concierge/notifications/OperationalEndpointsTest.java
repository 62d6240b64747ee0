package dev.concierge.notifications;

import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.service.OperationalEndpointsContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class OperationalEndpointsTest extends OperationalEndpointsContract {

    @Override
    protected String openApiTitle() {
        return "Concierge Notifier Worker";
    }
}
