package dev.concierge.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.concierge.outbox.support.OutboxApi;
import dev.concierge.outbox.support.OutboxTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OutboxTestResource.class)
class FcmEndpointTest extends OutboxApi {

    @Test
    void a_push_to_a_device_token_is_answered_with_its_message_name_and_listed() {
        String token = "device-" + UUID.randomUUID();

        String name = given().contentType(ContentType.JSON)
                .body(Map.of("message", Map.of("token", token,
                        "notification", Map.of("title", "Quote ready", "body", "₹450 for Amul butter"),
                        "data", Map.of("requestId", "REQ-42"))))
                .post("/v1/projects/concierge-dev/messages:send")
                .then().statusCode(200)
                .body("name", matchesPattern("projects/concierge-dev/messages/[0-9a-f]{32}"))
                .extract().path("name");

        assertThat(messages("?to=" + token + "&channel=PUSH")).singleElement().satisfies(message -> assertThat(message)
                .containsEntry("id", name.substring(name.lastIndexOf('/') + 1))
                .containsEntry("channel", "PUSH")
                .containsEntry("from", "projects/concierge-dev")
                .containsEntry("body", "Quote ready\n\n₹450 for Amul butter")
                .containsEntry("data", Map.of("requestId", "REQ-42")));
    }

    @Test
    void the_send_method_is_found_with_its_colon_written_literally_as_google_clients_do() {
        given().urlEncodingEnabled(false).contentType(ContentType.JSON)
                .body(Map.of("message", Map.of("token", "device-" + UUID.randomUUID())))
                .post("/v1/projects/concierge-dev/messages:send")
                .then().statusCode(200);
    }

    @Test
    void another_method_of_the_project_is_not_found() {
        given().contentType(ContentType.JSON).body(Map.of("message", Map.of("token", "t")))
                .post("/v1/projects/concierge-dev/messages:batchSend")
                .then().statusCode(404).body("error.status", equalTo("NOT_FOUND"));
    }

    @Test
    void a_push_without_a_target_is_refused_with_invalid_argument() {
        given().contentType(ContentType.JSON)
                .body(Map.of("message", Map.of("notification", Map.of("title", "no one"))))
                .post("/v1/projects/concierge-dev/messages:send")
                .then().statusCode(400)
                .body("error.status", equalTo("INVALID_ARGUMENT"))
                .body("error.code", equalTo(400));
    }

    @Test
    void data_values_must_be_strings_as_fcm_requires() {
        String token = "device-" + UUID.randomUUID();

        given().contentType(ContentType.JSON)
                .body(Map.of("message", Map.of("token", token, "data", Map.of("amount", 450))))
                .post("/v1/projects/concierge-dev/messages:send")
                .then().statusCode(400)
                .body("error.message", equalTo("Invalid value at 'message.data[amount].value': must be a string."));
        assertThat(messages("?to=" + token)).isEmpty();
    }
}
