package dev.concierge.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.twilio.security.RequestValidator;
import dev.concierge.outbox.support.OutboxApi;
import dev.concierge.outbox.support.OutboxTestResource;
import dev.concierge.outbox.support.WebhookReceiver.Received;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OutboxTestResource.class)
class InboundRepliesTest extends OutboxApi {

    private static final String WEBHOOK = OutboxTestResource.PUBLIC_BASE_URL + "/v1/webhooks/twilio/inbound";

    @AfterEach
    void receiverAnswersOkAgain() {
        receiver().answerWith(200);
    }

    @Test
    void a_reply_is_posted_to_the_ingest_api_as_a_twilio_inbound_webhook_that_request_validator_accepts()
            throws Exception {
        String store = newIndianMobile();

        String messageSid = given().contentType(ContentType.JSON)
                .body(Map.of("from", store, "body", "BX47 YES 450",
                        "media", List.of("http://127.0.0.1:9999/photos/shelf.jpg")))
                .post("/api/inbound")
                .then().statusCode(200)
                .body("messageSid", matchesPattern("SM[0-9a-f]{32}"))
                .body("webhookStatus", equalTo(200))
                .body("webhookUrl", equalTo(receiver().baseUrl() + "/v1/webhooks/twilio/inbound"))
                .extract().path("messageSid");

        Received webhook = receiver().await(r -> messageSid.equals(r.params().get("MessageSid")), PATIENCE);
        assertThat(webhook.path()).isEqualTo("/v1/webhooks/twilio/inbound");
        // signed over the public URL the ingest API checks, not the address the outbox reached it at
        assertThat(new RequestValidator(OutboxTestResource.AUTH_TOKEN).validate(WEBHOOK, webhook.params(),
                webhook.signature())).isTrue();
        assertThat(webhook.params())
                .containsEntry("AccountSid", OutboxTestResource.ACCOUNT_SID)
                .containsEntry("From", "whatsapp:" + store)
                .containsEntry("To", OUTBOX_WHATSAPP)
                .containsEntry("Body", "BX47 YES 450")
                .containsEntry("NumMedia", "1")
                .containsEntry("MediaUrl0", "http://127.0.0.1:9999/photos/shelf.jpg")
                .containsEntry("MediaContentType0", "image/jpeg")
                .containsEntry("WaId", store.substring(1))
                .containsEntry("SmsMessageSid", messageSid);
        assertThat(messages("?to=" + OUTBOX_WHATSAPP)).anySatisfy(message -> assertThat(message)
                .containsEntry("id", messageSid).containsEntry("direction", "INBOUND")
                .containsEntry("from", "whatsapp:" + store).containsEntry("body", "BX47 YES 450")
                .containsEntry("status", "received"));
    }

    @Test
    void a_reply_the_ingest_api_refuses_is_a_bad_gateway_problem_and_listed_as_rejected() {
        receiver().answerWith(401);
        String customer = newIndianMobile();

        String detail = given().contentType(ContentType.JSON).body(Map.of("from", customer, "body", "hello"))
                .post("/api/inbound")
                .then().statusCode(502).contentType("application/problem+json")
                .body("detail", containsString("answered HTTP 401"))
                .extract().path("detail");

        assertThat(messages("?channel=WHATSAPP")).anySatisfy(message -> assertThat(message)
                .containsEntry("from", "whatsapp:" + customer).containsEntry("status", "webhook-rejected"));
        assertThat(detail).contains("/v1/webhooks/twilio/inbound");
    }

    @Test
    void a_reply_without_a_sender_is_a_problem_naming_from() {
        given().contentType(ContentType.JSON).body(Map.of("body", "hello"))
                .post("/api/inbound")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void a_reply_with_neither_body_nor_media_is_a_problem_naming_body() {
        given().contentType(ContentType.JSON).body(Map.of("from", newIndianMobile()))
                .post("/api/inbound")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void an_sms_reply_comes_from_the_plain_number() throws Exception {
        String customer = newIndianMobile();

        String messageSid = given().contentType(ContentType.JSON)
                .body(Map.of("from", customer, "body", "STOP", "channel", "sms"))
                .post("/api/inbound")
                .then().statusCode(200).extract().path("messageSid");

        Received webhook = receiver().await(r -> messageSid.equals(r.params().get("MessageSid")), PATIENCE);
        assertThat(webhook.params()).containsEntry("From", customer).containsEntry("To", OUTBOX_SMS)
                .doesNotContainKey("WaId");
    }

    @Test
    void a_reply_on_a_channel_twilio_does_not_carry_is_a_problem_naming_channel() {
        given().contentType(ContentType.JSON)
                .body(Map.of("from", newIndianMobile(), "body", "hi", "channel", "EMAIL"))
                .post("/api/inbound")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"));
    }

    @Test
    void a_media_entry_that_is_not_a_url_is_a_problem_naming_it() {
        given().contentType(ContentType.JSON)
                .body(Map.of("from", newIndianMobile(), "media", List.of("http://127.0.0.1/a.png", "shelf.jpg")))
                .post("/api/inbound")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("media[1]"));
    }
}
