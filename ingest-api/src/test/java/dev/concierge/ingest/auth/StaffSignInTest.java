package dev.concierge.ingest.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.ingest.support.Concurrently;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    void a_refresh_token_is_rotated_and_the_new_one_rotates_again() {
        Api.Session admin = api.admin();

        String rotated = refresh(admin.refreshToken()).then().statusCode(200).extract().path("refreshToken");

        assertThat(rotated).isNotEqualTo(admin.refreshToken());
        refresh(rotated).then().statusCode(200);
    }

    @Test
    void a_reused_refresh_token_ends_every_token_descended_from_its_sign_in() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);
        Map<String, Object> rotated = refresh(customer.refreshToken()).then().statusCode(200).extract().as(Map.class);

        // the first refresh token comes back: a copy of it exists somewhere
        refresh(customer.refreshToken()).then().statusCode(401).contentType("application/problem+json");

        refresh((String) rotated.get("refreshToken")).then().statusCode(401);
        for (String accessToken : new String[] {(String) rotated.get("accessToken"), customer.token()}) {
            Api.as(accessToken).when().post("/v1/requests/{id}/typing", requestId)
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void of_many_concurrent_refreshes_of_one_token_at_most_one_gets_a_session() throws Exception {
        Api.Session admin = api.admin();

        List<Integer> statuses = Concurrently.run(10, () -> refresh(admin.refreshToken()).statusCode());

        assertThat(statuses.stream().filter(status -> status == 200)).hasSizeLessThanOrEqualTo(1);
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

    private static io.restassured.response.Response refresh(String refreshToken) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshToken)).when().post("/v1/auth/refresh");
    }

    @Test
    void five_wrong_passwords_lock_the_account_so_even_the_right_one_gets_429_until_a_reset() {
        Api.Session agent = api.agent();
        String email = api.emailOf(agent);
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(email, "wrong-password-" + attempt).then().statusCode(401);
        }

        login(email, "agent-password-123").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue());

        // the mailbox owner resets the password and is let in at once
        given().contentType(ContentType.JSON).body(Map.of("email", email))
                .when().post("/v1/auth/password-reset").then().statusCode(202);
        given().contentType(ContentType.JSON)
                .body(Map.of("token", api.resetTokenFor(agent.subject()), "newPassword", "a brand new passphrase"))
                .when().post("/v1/auth/password-reset/confirm").then().statusCode(204);
        login(email, "a brand new passphrase").then().statusCode(200);
    }

    @Test
    void an_unknown_email_is_locked_the_same_way_so_the_lock_reveals_no_account() {
        String email = "nobody-" + UUID.randomUUID() + "@concierge.local";
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(email, "guess-" + attempt).then().statusCode(401);
        }

        login(email, "guess-6").then().statusCode(429).contentType("application/problem+json");
    }

    @Test
    void password_reset_is_throttled_per_email_known_or_unknown() {
        Api.Session agent = api.agent();
        for (String email : List.of(api.emailOf(agent), "nobody-" + UUID.randomUUID() + "@concierge.local")) {
            for (int request = 1; request <= 3; request++) {
                given().contentType(ContentType.JSON).body(Map.of("email", email))
                        .when().post("/v1/auth/password-reset").then().statusCode(202);
            }

            given().contentType(ContentType.JSON).body(Map.of("email", email))
                    .when().post("/v1/auth/password-reset")
                    .then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());
        }
    }

    private static io.restassured.response.Response login(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .when().post("/v1/auth/login");
    }

    @Test
    void asking_to_reset_an_unknown_email_looks_the_same_as_a_known_one() {
        given().contentType(ContentType.JSON).body(Map.of("email", "nobody@concierge.local"))
                .when().post("/v1/auth/password-reset").then().statusCode(202);
    }
}
