package dev.concierge.ingest.shared;

import static dev.concierge.ingest.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.ingest.support.Images;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class IdempotencyTest extends ApiTest {

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
}
