package dev.concierge.payments;

import dev.concierge.testkit.service.KafkaUnreachableContract;
import dev.concierge.testkit.service.NoKafkaBroker;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(NoKafkaBroker.class)
class KafkaUnreachableTest extends KafkaUnreachableContract {
}
