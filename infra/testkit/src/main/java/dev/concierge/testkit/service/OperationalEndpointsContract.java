package dev.concierge.testkit.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.concierge.testkit.TestInfra;
import org.junit.jupiter.api.Test;

/**
 * What every Concierge service promises operators: ready only when it reaches Kafka and MongoDB,
 * alive, Prometheus metrics, an OpenAPI document and Swagger UI. A service's test extends this with
 * {@code @QuarkusTest @WithTestResource(ConciergeTestResource.class)} and names its OpenAPI title.
 */
public abstract class OperationalEndpointsContract {

    private static final String KAFKA_CHECK = "Kafka connection health check";
    private static final String MONGO_CHECK = "MongoDB connection health check";

    /** The service's {@code quarkus.smallrye-openapi.info-title}. */
    protected abstract String openApiTitle();

    @Test
    public void is_ready_once_it_reaches_the_kafka_broker_and_mongodb() {
        String brokerPort = TestInfra.kafkaBootstrapServers().replaceAll(".*:", "");

        given()
                .when().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(KAFKA_CHECK, MONGO_CHECK))
                .body(check(KAFKA_CHECK) + ".status", equalTo("UP"))
                // the check lists the nodes the broker reported, so it really asked the broker
                .body(check(KAFKA_CHECK) + ".data.nodes", containsString(":" + brokerPort))
                .body(check(MONGO_CHECK) + ".status", equalTo("UP"));
    }

    @Test
    public void reports_itself_alive() {
        given()
                .when().get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    public void serves_prometheus_metrics() {
        given()
                .when().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("# TYPE jvm_threads_live_threads gauge"));
    }

    @Test
    public void describes_itself_in_an_openapi_document_and_swagger_ui() {
        given()
                .queryParam("format", "json")
                .when().get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo(openApiTitle()));
        given()
                .when().get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .body(containsString("swagger-ui"));
    }

    private static String check(String name) {
        return "checks.find { it.name == '" + name + "' }";
    }
}
