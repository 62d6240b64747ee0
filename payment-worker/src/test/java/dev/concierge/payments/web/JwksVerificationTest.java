package dev.concierge.payments.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwksStandInResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Tokens are verified with the keys the ingest API publishes as a JWK set, chosen by the token's {@code kid}. */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(JwksStandInResource.class)
class JwksVerificationTest {

    @Test
    void a_token_signed_with_a_published_key_is_accepted() {
        given().auth().oauth2(TestTokens.admin()).when().post("/v1/reconcile").then().statusCode(200)
                .body("errors", notNullValue());
    }

    @Test
    void a_token_naming_a_key_the_set_does_not_hold_is_401_problem_json() {
        given().auth().oauth2(TestTokens.unknownKeyId()).when().post("/v1/reconcile").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("/problems/unauthenticated"));
    }
}
