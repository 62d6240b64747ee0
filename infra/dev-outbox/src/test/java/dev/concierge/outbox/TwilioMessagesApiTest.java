package dev.concierge.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import dev.concierge.outbox.support.OutboxApi;
import dev.concierge.outbox.support.OutboxTestResource;
import dev.concierge.outbox.support.LocalTwilio;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OutboxTestResource.class)
class TwilioMessagesApiTest extends OutboxApi {

    @Test
    void an_sms_sent_with_the_twilio_sdk_is_answered_as_queued_and_listed_as_sms() {
        String customer = newIndianMobile();

        Message sent = Message.creator(new PhoneNumber(customer), new PhoneNumber(OUTBOX_SMS), "Your code is 482913")
                .create(twilio());

        assertThat(sent.getSid()).matches("SM[0-9a-f]{32}");
        assertThat(sent.getStatus()).isEqualTo(Message.Status.QUEUED);
        assertThat(sent.getTo()).isEqualTo(customer);
        assertThat(sent.getFrom()).isEqualTo(new PhoneNumber(OUTBOX_SMS));
        assertThat(sent.getBody()).isEqualTo("Your code is 482913");
        assertThat(sent.getDateCreated()).isNotNull();
        List<Map<String, Object>> listed = messages("?to=" + customer);
        assertThat(listed).singleElement().satisfies(message -> {
            assertThat(message).containsEntry("id", sent.getSid()).containsEntry("channel", "SMS")
                    .containsEntry("direction", "OUTBOUND").containsEntry("to", customer)
                    .containsEntry("from", OUTBOX_SMS).containsEntry("body", "Your code is 482913")
                    .containsKey("time").containsKey("status");
        });
    }

    @Test
    void a_whatsapp_with_media_is_listed_as_whatsapp_with_each_medium_as_downloaded_without_credentials()
            throws InterruptedException {
        String store = newIndianMobile();
        String front = receiver().serve("/media/" + store + "/front.jpg", "image/jpeg", new byte[2048]);
        String back = receiver().serve("/media/" + store + "/back.png", "image/png", new byte[512]);

        Message sent = Message.creator(new PhoneNumber("whatsapp:" + store), new PhoneNumber(OUTBOX_WHATSAPP),
                "BX47: do you have Amul butter 500 g? Reply BX47 YES <price> or BX47 NO")
                .setMediaUrl(List.of(URI.create(front), URI.create(back)))
                .create(twilio());

        assertThat(sent.getNumMedia()).isEqualTo("2");
        assertThat(sent.getTo()).isEqualTo("whatsapp:" + store);
        var listed = awaitStatus(sent.getSid(), "delivered");
        assertThat(listed.getString("channel")).isEqualTo("WHATSAPP");
        assertThat(listed.getString("to")).isEqualTo("whatsapp:" + store);
        assertThat(listed.getList("media", Map.class)).containsExactly(
                Map.of("url", front, "contentType", "image/jpeg", "size", 2048, "fetchStatus", 200),
                Map.of("url", back, "contentType", "image/png", "size", 512, "fetchStatus", 200));
        assertThat(receiver().all(r -> r.method().equals("GET") && r.path().startsWith("/media/" + store)))
                .hasSize(2).allSatisfy(download -> assertThat(download.authorization()).isNull());
    }

    @Test
    void a_whatsapp_whose_media_cannot_be_downloaded_fails_with_63019_as_at_twilio() throws InterruptedException {
        String store = newIndianMobile();
        String needsToken = receiver().baseUrl() + "/v1/media/med_123";

        Message sent = Message.creator(new PhoneNumber("whatsapp:" + store), new PhoneNumber(OUTBOX_WHATSAPP), "BX47")
                .setMediaUrl(List.of(URI.create(needsToken))).create(twilio());

        var listed = awaitStatus(sent.getSid(), "failed");
        assertThat(listed.getInt("errorCode")).isEqualTo(63019);
        assertThat(listed.getList("media", Map.class)).containsExactly(
                Map.of("url", needsToken, "size", 0, "fetchStatus", 404, "fetchError", "HTTP 404"));
    }

    @Test
    void a_whatsapp_template_is_listed_with_its_content_sid_and_variables() {
        String customer = newIndianMobile();

        Message sent = Message.creator(new PhoneNumber("whatsapp:" + customer), new PhoneNumber(OUTBOX_WHATSAPP),
                        (String) null)
                .setContentSid("HX0123456789abcdef0123456789abcdef")
                .setContentVariables("{\"1\":\"Ravi\",\"2\":\"REQ-42\"}")
                .create(twilio());

        assertThat(sent.getStatus()).isEqualTo(Message.Status.QUEUED);
        Map<String, Object> listed = messages("?to=whatsapp:" + customer).get(0);
        assertThat(listed).containsEntry("id", sent.getSid()).containsEntry("channel", "WHATSAPP")
                .containsEntry("template", Map.of("contentSid", "HX0123456789abcdef0123456789abcdef",
                        "variables", Map.of("1", "Ravi", "2", "REQ-42")));
    }

    @Test
    void the_sdk_fetches_a_message_with_the_status_it_has_reached() throws InterruptedException {
        Message sent = Message.creator(new PhoneNumber(newIndianMobile()), new PhoneNumber(OUTBOX_SMS), "hello")
                .create(twilio());
        awaitStatus(sent.getSid(), "delivered");

        Message fetched = Message.fetcher(sent.getSid()).fetch(twilio());

        assertThat(fetched.getStatus()).isEqualTo(Message.Status.DELIVERED);
        assertThat(fetched.getDateSent()).isNotNull();
    }

    @Test
    void a_message_without_body_media_or_template_is_refused_with_twilios_error_that_the_sdk_raises() {
        String customer = newIndianMobile();

        assertThatThrownBy(() -> Message.creator(new PhoneNumber(customer), new PhoneNumber(OUTBOX_SMS), (String) null)
                .create(twilio()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(21619);
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/21619");
                });
        assertThat(messages("?to=" + customer)).isEmpty();
    }

    @Test
    void a_hindi_message_of_1600_characters_is_accepted_and_one_more_is_refused_with_21617() {
        String customer = newIndianMobile();
        String longest = "नमस्ते ".repeat(229).substring(0, 1600);

        Message sent = Message.creator(new PhoneNumber(customer), new PhoneNumber(OUTBOX_SMS), longest)
                .create(twilio());

        assertThat(sent.getBody()).isEqualTo(longest);
        assertThat(messages("?to=" + customer)).singleElement().satisfies(m -> assertThat(m).containsEntry("body", longest));
        assertThatThrownBy(() -> Message.creator(new PhoneNumber(customer), new PhoneNumber(OUTBOX_SMS), longest + "!")
                .create(twilio()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21617));
    }

    @Test
    void a_form_without_to_gets_twilios_error_json_naming_it() {
        given().auth().preemptive().basic(OutboxTestResource.ACCOUNT_SID, OutboxTestResource.AUTH_TOKEN)
                .formParam("From", OUTBOX_SMS).formParam("Body", "hi")
                .post("/2010-04-01/Accounts/" + OutboxTestResource.ACCOUNT_SID + "/Messages.json")
                .then().statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo(21604))
                .body("message", org.hamcrest.Matchers.equalTo("A 'To' phone number is required."))
                .body("more_info", org.hamcrest.Matchers.equalTo("https://www.twilio.com/docs/errors/21604"))
                .body("status", org.hamcrest.Matchers.equalTo(400));
    }

    @Test
    void a_whatsapp_sender_cannot_text_a_plain_number() {
        assertThatThrownBy(() -> Message.creator(new PhoneNumber(newIndianMobile()), new PhoneNumber(OUTBOX_WHATSAPP),
                "hi").create(twilio()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21910));
    }

    @Test
    void content_variables_that_are_not_a_json_object_are_refused() {
        assertThatThrownBy(() -> Message.creator(new PhoneNumber("whatsapp:" + newIndianMobile()),
                        new PhoneNumber(OUTBOX_WHATSAPP), (String) null)
                .setContentSid("HX0123456789abcdef0123456789abcdef").setContentVariables("Ravi, REQ-42")
                .create(twilio()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21656));
    }

    @Test
    void a_client_with_the_wrong_auth_token_is_not_authenticated_and_nothing_is_recorded() {
        String customer = newIndianMobile();
        var wrongToken = LocalTwilio.client(RestAssured.port, OutboxTestResource.ACCOUNT_SID, "not-the-token");

        assertThatThrownBy(() -> Message.creator(new PhoneNumber(customer), new PhoneNumber(OUTBOX_SMS), "hi")
                .create(wrongToken))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(20003);
                    assertThat(e.getStatusCode()).isEqualTo(401);
                });
        assertThat(messages("?to=" + customer)).isEmpty();
    }
}
