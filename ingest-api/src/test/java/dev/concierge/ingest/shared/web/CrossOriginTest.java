package dev.concierge.ingest.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * The dashboard and the web chat are pages of projections-service (another origin, port 8080) that
 * write here: the browser lets them only when this API answers CORS for their origin, and must not
 * let any other site.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class CrossOriginTest {

    private static final String DASHBOARD = "http://127.0.0.1:8080";

    @Test
    void the_dashboard_origin_may_post_a_request_with_a_bearer_token_and_an_idempotency_key() {
        given()
                .header("Origin", DASHBOARD)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .when().options("/v1/requests")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(DASHBOARD))
                .header("Access-Control-Allow-Methods", containsStringIgnoringCase("POST"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Idempotency-Key"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Authorization"));
    }

    @Test
    void an_answer_to_the_dashboard_origin_names_it_and_exposes_retry_after() {
        given()
                .header("Origin", "http://localhost:8080")
                .contentType(ContentType.JSON)
                .body("{\"phone\": \"12\"}")
                .when().post("/v1/auth/otp")
                .then()
                .statusCode(400)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:8080"))
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("Retry-After"));
    }

    @Test
    void another_site_gets_no_cors_permission() {
        given()
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/v1/requests")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
