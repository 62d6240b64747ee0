package dev.concierge.ingest.shared;

import static dev.concierge.ingest.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.ingest.support.Images;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class IdempotencyAndRateLimitTest extends ApiTest {

    @ConfigProperty(name = "concierge.rate-limit.per-user.permits")
    int userPermits;
    @ConfigProperty(name = "concierge.rate-limit.per-ip.permits")
    int ipPermits;

    @Test
    void the_same_idempotency_key_twice_gives_one_event_and_the_same_answer() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);
        String key = UUID.randomUUID().toString();

        Response first = as(customer.token()).header("Idempotency-Key", key).body(Map.of("text", "2 packs please"))
                .when().post("/v1/requests/{id}/messages", requestId);
        Response second = as(customer.token()).header("Idempotency-Key", key).body(Map.of("text", "2 packs please"))
                .when().post("/v1/requests/{id}/messages", requestId);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(second.jsonPath().getString("eventId")).isEqualTo(first.jsonPath().getString("eventId"));
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).hasSize(1);
    }

    @Test
    void the_same_idempotency_key_with_a_different_body_is_refused_with_422_and_writes_nothing() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);
        String key = UUID.randomUUID().toString();
        as(customer.token()).header("Idempotency-Key", key).body(Map.of("text", "2 packs please"))
                .when().post("/v1/requests/{id}/messages", requestId).then().statusCode(202);

        as(customer.token()).header("Idempotency-Key", key).body(Map.of("text", "make it 20 packs"))
                .when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"));

        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).extracting(landed -> landed.rawJson())
                .singleElement().asString().contains("2 packs please");
    }

    @Test
    void an_upload_with_the_same_key_replays_the_first_upload_to_its_uploader_only() throws Exception {
        Api.Session customer = api.customer();
        Api.Session other = api.customer();
        String key = UUID.randomUUID().toString();
        Response first = upload(customer, key, Images.png());
        assertThat(first.statusCode()).isEqualTo(201);

        Response again = upload(customer, key, Images.png());
        Response otherCaller = upload(other, key, Images.jpegWithGps());

        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.jsonPath().getString("mediaId")).isEqualTo(first.jsonPath().getString("mediaId"));
        assertThat(otherCaller.statusCode()).isEqualTo(201);
        assertThat(otherCaller.header("Idempotent-Replayed")).isNull();
        assertThat(otherCaller.jsonPath().getString("mediaId")).isNotEqualTo(first.jsonPath().getString("mediaId"));
    }

    private static Response upload(Api.Session who, String key, byte[] image) {
        return given().auth().oauth2(who.token()).header("Idempotency-Key", key)
                .multiPart("file", "photo", image, "application/octet-stream").when().post("/v1/media");
    }

    @Test
    void a_refused_write_does_not_burn_its_idempotency_key() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);
        String key = UUID.randomUUID().toString();

        as(customer.token()).header("Idempotency-Key", key).body(Map.of("mediaIds", java.util.List.of()))
                .when().post("/v1/requests/{id}/messages", requestId).then().statusCode(400);
        as(customer.token()).header("Idempotency-Key", key).body(Map.of("text", "fixed"))
                .when().post("/v1/requests/{id}/messages", requestId).then().statusCode(202);

        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).hasSize(1);
    }

    @Test
    void exceeding_the_per_user_budget_answers_429_with_retry_after() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);
        // sign-in and creation already spent part of the budget; typing is cheap and writes nothing to Kafka
        int status = 0;
        for (int i = 0; i <= userPermits && status != 429; i++) {
            status = as(customer.token()).when().post("/v1/requests/{id}/typing", requestId).statusCode();
        }

        as(customer.token()).when().post("/v1/requests/{id}/typing", requestId)
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", equalTo("60"))
                .body("type", equalTo("/problems/rate-limited"));
    }

    @Test
    void an_address_that_floods_sign_in_gets_429_with_retry_after_while_other_addresses_go_on() throws Exception {
        // given a client on an address of its own (any 127.x.y.z reaches the loopback listener, and
        // the service sees it as the remote address), hammering sign-in without a token
        InetAddress flooder = InetAddress.getByName("127.0.%d.%d".formatted(
                ThreadLocalRandom.current().nextInt(1, 255), ThreadLocalRandom.current().nextInt(2, 255)));

        // when it sends more sign-ins than the per-address budget allows: sign-ins without a password,
        // refused at once, so the budget (per minute) runs out long before a minute has passed even on a
        // busy machine; a password check per attempt would take longer than the budget's period
        int status = 0;
        for (int i = 0; i <= ipPermits && status != 429; i++) {
            status = from(flooder).body(Map.of("email", "nobody@concierge.local")).when().post("/v1/auth/login")
                    .statusCode();
        }

        // then it is told to slow down, and a client on another address still gets its real answer
        assertThat(status).isEqualTo(429);
        from(flooder).body(guess()).when().post("/v1/auth/login")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", equalTo("60"))
                .body("type", equalTo("/problems/rate-limited"))
                .body("detail", containsString("this address"));
        given().baseUri("http://127.0.0.1").contentType(ContentType.JSON).body(guess())
                .when().post("/v1/auth/login").then().statusCode(401);
    }

    private static Map<String, String> guess() {
        return Map.of("email", "nobody-" + UUID.randomUUID() + "@concierge.local", "password", "guess");
    }

    /** A request sent from the given local address instead of the default 127.0.0.1. */
    private static RequestSpecification from(InetAddress local) {
        return given().baseUri("http://127.0.0.1").contentType(ContentType.JSON)
                .config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.route.local-address", local)));
    }
}
