package dev.concierge.notifications;

import dev.concierge.notifications.support.OutboxTestResource;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.service.OperationalEndpointsContract;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = ConciergeTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OutboxTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class OperationalEndpointsTest extends OperationalEndpointsContract {

    @Override
    protected String openApiTitle() {
        return "Concierge Notifier Worker";
    }
}
