package dev.concierge.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import dev.concierge.outbox.support.OutboxApi;
import dev.concierge.outbox.support.OutboxTestResource;
import dev.concierge.outbox.support.WebhookReceiver.Received;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OutboxTestResource.class)
class StatusCallbacksTest extends OutboxApi {

    private final RequestValidator validator = new RequestValidator(OutboxTestResource.AUTH_TOKEN);

    @Test
    void a_message_with_a_status_callback_reports_sent_then_delivered_signed_like_twilio() throws Exception {
        String callback = callbackUrl("delivered");
        String customer = newIndianMobile();

        Message sent = Message.creator(new PhoneNumber("whatsapp:" + customer), new PhoneNumber(OUTBOX_WHATSAPP),
                "Your quote is ready").setStatusCallback(URI.create(callback)).create(twilio());

        Received delivered = receiver().await(r -> isStatus(r, sent.getSid(), "delivered"), PATIENCE);
        List<Received> callbacks = receiver().all(r -> sent.getSid().equals(r.params().get("MessageSid")));
        assertThat(callbacks).extracting(r -> r.params().get("MessageStatus")).containsExactly("sent", "delivered");
        for (Received received : callbacks) {
            assertThat(validator.validate(callback, received.params(), received.signature()))
                    .as("signature of the %s callback", received.params().get("MessageStatus")).isTrue();
            assertThat(received.path()).isEqualTo("/callbacks/delivered");
            assertThat(received.contentType()).startsWith("application/x-www-form-urlencoded");
        }
        assertThat(delivered.params()).containsEntry("To", "whatsapp:" + customer)
                .containsEntry("From", OUTBOX_WHATSAPP)
                .containsEntry("AccountSid", OutboxTestResource.ACCOUNT_SID)
                .containsEntry("SmsStatus", "delivered")
                .doesNotContainKey("ErrorCode");
        assertThat(awaitStatus(sent.getSid(), "delivered").getString("status")).isEqualTo("delivered");
    }

    @Test
    void a_whatsapp_told_to_fail_reports_failed_with_63016_and_the_sms_fallback_to_that_number_goes_through()
            throws Exception {
        String callback = callbackUrl("fail-next-whatsapp");
        String customer = newIndianMobile();
        given().contentType(ContentType.JSON).body(Map.of("to", customer))
                .post("/api/fail-next").then().statusCode(202);

        Message whatsapp = Message.creator(new PhoneNumber("whatsapp:" + customer), new PhoneNumber(OUTBOX_WHATSAPP),
                "Your order is on its way").setStatusCallback(URI.create(callback)).create(twilio());
        Received failed = receiver().await(r -> isStatus(r, whatsapp.getSid(), "failed"), PATIENCE);
        Message sms = Message.creator(new PhoneNumber(customer), new PhoneNumber(OUTBOX_SMS),
                "Your order is on its way").setStatusCallback(URI.create(callback)).create(twilio());
        receiver().await(r -> isStatus(r, sms.getSid(), "delivered"), PATIENCE);

        assertThat(failed.params()).containsEntry("ErrorCode", "63016");
        assertThat(validator.validate(callback, failed.params(), failed.signature())).isTrue();
        assertThat(receiver().all(r -> whatsapp.getSid().equals(r.params().get("MessageSid"))))
                .extracting(r -> r.params().get("MessageStatus")).containsExactly("failed");
        var listed = awaitStatus(whatsapp.getSid(), "failed");
        assertThat(listed.getInt("errorCode")).isEqualTo(63016);
        assertThat(awaitStatus(sms.getSid(), "delivered").getString("channel")).isEqualTo("SMS");
    }

    @Test
    void an_sms_told_to_fail_is_sent_then_undelivered_with_the_code_asked_for() throws Exception {
        String callback = callbackUrl("fail-next-sms");
        String customer = newIndianMobile();
        given().contentType(ContentType.JSON).body(Map.of("to", customer, "errorCode", 30006))
                .post("/api/fail-next").then().statusCode(202);

        Message sms = Message.creator(new PhoneNumber(customer), new PhoneNumber(OUTBOX_SMS), "Your code is 123456")
                .setStatusCallback(URI.create(callback)).create(twilio());

        Received undelivered = receiver().await(r -> isStatus(r, sms.getSid(), "undelivered"), PATIENCE);
        assertThat(undelivered.params()).containsEntry("ErrorCode", "30006");
        assertThat(receiver().all(r -> sms.getSid().equals(r.params().get("MessageSid"))))
                .extracting(r -> r.params().get("MessageStatus")).containsExactly("sent", "undelivered");
        assertThat(awaitStatus(sms.getSid(), "undelivered").getInt("errorCode")).isEqualTo(30006);
    }

    @Test
    void a_message_without_a_status_callback_still_reaches_delivered_in_the_list() throws Exception {
        Message sent = Message.creator(new PhoneNumber(newIndianMobile()), new PhoneNumber(OUTBOX_SMS), "no callback")
                .create(twilio());

        assertThat(awaitStatus(sent.getSid(), "delivered").getString("id")).isEqualTo(sent.getSid());
        assertThat(receiver().all(r -> sent.getSid().equals(r.params().get("MessageSid")))).isEmpty();
    }

    @Test
    void fail_next_without_a_number_is_a_problem_naming_to() {
        given().contentType(ContentType.JSON).body(Map.of("errorCode", 63016))
                .post("/api/fail-next").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("to"));
    }

    private static boolean isStatus(Received received, String messageSid, String status) {
        return messageSid.equals(received.params().get("MessageSid"))
                && status.equals(received.params().get("MessageStatus"));
    }
}
