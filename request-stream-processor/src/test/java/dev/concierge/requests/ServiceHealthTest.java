package dev.concierge.requests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class ServiceHealthTest {

    @Test
    void the_service_is_ready_once_its_topology_runs_against_the_broker() throws InterruptedException {
        // the streams application needs a rebalance before it is RUNNING
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (given().get("/q/health/ready").statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }

        given().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Kafka Streams topics health check"));
    }

    @Test
    void metrics_include_the_kafka_streams_client() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("kafka_stream"));
    }

    @Test
    void the_extension_installed_the_thread_replacing_handler_whose_counter_is_there_before_any_failure() {
        // the handler bean is made when the extension looks it up to install it, and registers its counter then
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("concierge_streams_threads_replaced_total 0.0"));
    }

    @Test
    void the_openapi_document_is_served() {
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("openapi"));
    }
}
