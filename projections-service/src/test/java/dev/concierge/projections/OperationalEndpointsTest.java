package dev.concierge.projections;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.TestInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class OperationalEndpointsTest {

    private static final String KAFKA_CHECK = "Kafka connection health check";
    private static final String MONGO_CHECK = "MongoDB connection health check";

    @Test
    void is_ready_once_it_reaches_the_kafka_broker_and_mongodb() {
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
    void reports_itself_alive() {
        given()
                .when().get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void serves_prometheus_metrics() {
        given()
                .when().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("# TYPE jvm_threads_live_threads gauge"));
    }

    @Test
    void describes_itself_in_an_openapi_document_and_swagger_ui() {
        given()
                .queryParam("format", "json")
                .when().get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("Concierge Projections Service"));
        given()
                .when().get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .body(containsString("swagger-ui"));
    }

    @Test
    void the_dashboard_address_points_a_visitor_at_every_service() {
        // ./concierge run prints http://127.0.0.1:8080/ as the dashboard: it must not be a 404
        given()
                .when().get("/")
                .then()
                .statusCode(200)
                .body(containsString("ingest-api"), containsString(":8081/q/swagger-ui"));
    }

    private static String check(String name) {
        return "checks.find { it.name == '" + name + "' }";
    }
}
