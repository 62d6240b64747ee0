package dev.concierge.projections;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.testkit.service.KafkaUnreachableContract;
import dev.concierge.testkit.service.NoKafkaBroker;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(NoKafkaBroker.class)
class KafkaUnreachableTest extends KafkaUnreachableContract {

    private static final String CONSUMERS_CHECK = "checks.find { it.name == 'Live consumers assigned and caught up' }";

    @Test
    void the_live_consumers_are_not_ready_either_and_say_why() {
        given()
                .when().get("/q/health/ready")
                .then()
                .statusCode(503)
                .body(CONSUMERS_CHECK + ".status", equalTo("DOWN"))
                .body(CONSUMERS_CHECK + ".data.reason", containsString("Kafka did not answer"));
    }
}
