package dev.concierge.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The production setting: operational endpoints are not public. Here the trusted operator address
 * is 127.0.0.2 (a loopback address of its own), so that the test's usual 127.0.0.1 plays the outsider.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@TestProfile(PrivateOperationsEndpointsTest.OperationsNotPublic.class)
class PrivateOperationsEndpointsTest {

    public static class OperationsNotPublic implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("concierge.operations.public", "false", "concierge.operations.trusted-peers", "127.0.0.2");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/health/live"})
    void an_outsider_sees_health_as_a_bare_status(String path) {
        given().when().get(path)
                .then().statusCode(200).body("status", equalTo("UP")).body("checks", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/openapi", "/q/swagger-ui/", "/q/health/group"})
    void an_outsider_finds_no_metrics_openapi_or_swagger_ui(String path) {
        given().when().get(path)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void an_operator_on_a_trusted_address_sees_every_check_and_the_metrics() throws Exception {
        fromOperator().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.name", hasItems("Kafka connection health check", "Redis connection health check"));
        fromOperator().when().get("/q/metrics").then().statusCode(200);
    }

    private static RequestSpecification fromOperator() throws Exception {
        return given().baseUri("http://127.0.0.1")
                .config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.route.local-address", InetAddress.getByName("127.0.0.2"))));
    }
}
