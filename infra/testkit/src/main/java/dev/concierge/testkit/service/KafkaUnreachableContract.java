package dev.concierge.testkit.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

/**
 * The Kafka readiness check is real: with no broker to reach, the service says it is not ready. A
 * service's test extends this with {@code @QuarkusTest @WithTestResource(NoKafkaBroker.class)}.
 */
public abstract class KafkaUnreachableContract {

    private static final String KAFKA_CHECK = "Kafka connection health check";

    @Test
    public void is_not_ready_while_the_kafka_broker_cannot_be_reached() {
        given()
                .when().get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == '" + KAFKA_CHECK + "' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == '" + KAFKA_CHECK + "' }.data.reason", not(emptyOrNullString()));
    }
}
