package dev.concierge.ingest.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class StaffSignInTest extends ApiTest {

    @Test
    void the_configured_first_admin_signs_in_with_the_admin_role() {
        given().contentType(ContentType.JSON).body(Map.of("email", Api.ADMIN_EMAIL, "password", Api.ADMIN_PASSWORD))
                .when().post("/v1/auth/login")
                .then().statusCode(200).body("role", equalTo("admin")).body("expiresIn", equalTo(900));
    }

    @Test
    void a_wrong_password_or_unknown_email_gets_the_same_401() {
        given().contentType(ContentType.JSON).body(Map.of("email", Api.ADMIN_EMAIL, "password", "guess"))
                .when().post("/v1/auth/login")
                .then().statusCode(401).body("detail", equalTo("email or password is wrong"));
        given().contentType(ContentType.JSON).body(Map.of("email", "nobody@concierge.local", "password", "guess"))
                .when().post("/v1/auth/login")
                .then().statusCode(401).body("detail", equalTo("email or password is wrong"));
    }

    @Test
    void a_refresh_token_works_once_and_is_rotated() {
        Api.Session admin = api.admin();

        String rotated = given().contentType(ContentType.JSON).body(Map.of("refreshToken", admin.refreshToken()))
                .when().post("/v1/auth/refresh").then().statusCode(200).extract().path("refreshToken");
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", admin.refreshToken()))
                .when().post("/v1/auth/refresh").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", rotated))
                .when().post("/v1/auth/refresh").then().statusCode(200);
    }

    @Test
    void logout_revokes_the_access_token_and_the_refresh_token() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);

        Api.as(customer.token()).body(Map.of("refreshToken", customer.refreshToken()))
                .when().post("/v1/auth/logout").then().statusCode(204);

        Api.as(customer.token()).body(Map.of("text", "still there?"))
                .when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", customer.refreshToken()))
                .when().post("/v1/auth/refresh").then().statusCode(401);
    }

    @Test
    void an_emailed_reset_token_sets_a_new_password_once() {
        Api.Session agent = api.agent();
        // the agent forgot their password: the token arrives encrypted in a Notify EMAIL command
        String agentEmail = api.emailOf(agent);
        given().contentType(ContentType.JSON).body(Map.of("email", agentEmail))
                .when().post("/v1/auth/password-reset").then().statusCode(202);
        String token = api.resetTokenFor(agent.subject());

        given().contentType(ContentType.JSON).body(Map.of("token", token, "newPassword", "a brand new passphrase"))
                .when().post("/v1/auth/password-reset/confirm").then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("token", token, "newPassword", "another passphrase!!"))
                .when().post("/v1/auth/password-reset/confirm").then().statusCode(401);
        api.login(agentEmail, "a brand new passphrase");
    }

    @Test
    void asking_to_reset_an_unknown_email_looks_the_same_as_a_known_one() {
        given().contentType(ContentType.JSON).body(Map.of("email", "nobody@concierge.local"))
                .when().post("/v1/auth/password-reset").then().statusCode(202);
    }
}
