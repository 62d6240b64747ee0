package dev.concierge.ingest.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An Idempotency-Key on a sign-in endpoint must never hand one caller's tokens to another request. */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class SignInReplayTest extends ApiTest {

    @Test
    void a_login_key_reused_with_a_wrong_password_or_another_email_returns_no_token() {
        String key = UUID.randomUUID().toString();
        Response admin = post("/v1/auth/login", key, Map.of("email", Api.ADMIN_EMAIL, "password", Api.ADMIN_PASSWORD));
        assertThat(admin.statusCode()).isEqualTo(200);

        Response wrongPassword = post("/v1/auth/login", key, Map.of("email", Api.ADMIN_EMAIL, "password", "guess"));
        Response otherEmail = post("/v1/auth/login", key, Map.of("email", "nobody@concierge.local", "password", "guess"));

        assertNoTokenFor(wrongPassword);
        assertNoTokenFor(otherEmail);
    }

    @Test
    void the_same_login_with_the_same_key_signs_in_again_instead_of_replaying_the_stored_tokens() {
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("email", Api.ADMIN_EMAIL, "password", Api.ADMIN_PASSWORD);

        Response first = post("/v1/auth/login", key, body);
        Response second = post("/v1/auth/login", key, body);

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.header("Idempotent-Replayed")).isNull();
        assertThat(second.jsonPath().getString("refreshToken")).isNotEqualTo(first.jsonPath().getString("refreshToken"));
    }

    @Test
    void a_spent_refresh_token_sent_again_with_the_same_key_gets_no_session() {
        Api.Session admin = api.admin();
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("refreshToken", admin.refreshToken());
        assertThat(post("/v1/auth/refresh", key, body).statusCode()).isEqualTo(200);

        Response spent = post("/v1/auth/refresh", key, body);
        Response forged = post("/v1/auth/refresh", key, Map.of("refreshToken", "not-a-token"));

        assertNoTokenFor(spent);
        assertNoTokenFor(forged);
    }

    @Test
    void a_verify_key_reused_with_the_same_or_another_code_gets_no_session() {
        String phone = Api.newPhone();
        String code = api.requestOtp(phone);
        String key = UUID.randomUUID().toString();
        assertThat(post("/v1/auth/verify", key, Map.of("phone", phone, "code", code)).statusCode()).isEqualTo(200);

        Response sameCode = post("/v1/auth/verify", key, Map.of("phone", phone, "code", code));
        Response otherCode = post("/v1/auth/verify", key, Map.of("phone", phone, "code", code.equals("000000") ? "111111" : "000000"));

        assertNoTokenFor(sameCode);
        assertThat(otherCode.statusCode()).isEqualTo(422);
        assertThat(otherCode.contentType()).isEqualTo("application/problem+json");
        assertNoTokenFor(otherCode);
    }

    private static Response post(String path, String key, Map<String, String> body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).when().post(path);
    }

    private static void assertNoTokenFor(Response response) {
        assertThat(response.statusCode()).isIn(401, 422);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.header("Idempotent-Replayed")).isNull();
        assertThat(response.body().asString()).doesNotContain("accessToken").doesNotContain("refreshToken");
    }
}
