package dev.concierge.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.concierge.ingest.requests.web.CommandCatalog;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class OperationsEndpointsTest {

    @ConfigProperty(name = "concierge.redis.url")
    String redisUrl;

    @Test
    void readiness_is_up_with_kafka_redis_and_mongodb_checked() {
        given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Kafka connection health check", "Redis connection health check",
                        "MongoDB connection health check"));
    }

    @Test
    void health_never_shows_a_connection_string() {
        String health = given().when().get("/q/health").then().statusCode(200).extract().asString();

        assertThat(health).doesNotContain(redisUrl).doesNotContain("redis://").doesNotContain("mongodb://");
    }

    @Test
    void the_openapi_document_describes_every_write_endpoint() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.keySet()", hasItems("/v1/auth/otp", "/v1/auth/verify", "/v1/auth/login", "/v1/requests",
                        "/v1/requests/{id}/messages", "/v1/requests/{id}/commands/{name}", "/v1/media",
                        "/v1/stores", "/v1/agents/{id}/availability", "/v1/webhooks/razorpay",
                        "/v1/webhooks/twilio/inbound", "/v1/webhooks/twilio/status", "/v1/requests:bulk",
                        "/v1/events:batch", "/v1/customers/me/devices", "/v1/customers/me/devices/{deviceId}",
                        "/v1/customers/me/notification-preferences", "/v1/media/{id}/public"));
    }

    @Test
    void the_openapi_document_gives_every_command_its_body_schema_and_an_example() {
        String body = "paths.'/v1/requests/{id}/commands/{name}'.post.requestBody.content.'application/json'";
        var document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract();

        Map<String, Object> examples = document.path(body + ".examples");
        List<String> schemas = document.path(body + ".schema.oneOf.'$ref'");
        assertThat(examples).containsOnlyKeys(CommandCatalog.names());
        assertThat(schemas).containsExactlyInAnyOrderElementsOf(
                CommandCatalog.names().stream().map(name -> "#/components/schemas/" + name).toList());
    }

    @Test
    void metrics_count_accepted_and_rejected_writes_and_time_kafka_produces() {
        given().contentType("application/json").body(Map.of("phone", "not a phone"))
                .when().post("/v1/auth/otp").then().statusCode(400);

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("concierge_ingest_writes_total{endpoint=\"AuthResource.requestOtp\",outcome=\"rejected\",reason=\"invalid-input\"}"));
    }
}
