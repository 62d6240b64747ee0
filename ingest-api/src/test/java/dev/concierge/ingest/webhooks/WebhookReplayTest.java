package dev.concierge.ingest.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.ingest.support.GatewaySignatures;
import dev.concierge.ingest.support.Webhooks;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A captured, correctly signed delivery replayed with different unsigned headers stores nothing
 * more: de-duplication uses only what the gateway signed. Signed but oversized or unclean
 * deliveries are refused without reaching Kafka.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class WebhookReplayTest extends ApiTest {

    private static final String RAZORPAY = Webhooks.RAZORPAY;
    private static final String INBOUND = Webhooks.TWILIO_INBOUND;
    private static final String STATUS = Webhooks.TWILIO_STATUS;

    @Test
    void a_signed_razorpay_delivery_replayed_with_new_or_missing_event_ids_is_stored_once() {
        String paymentId = "pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        String body = captured(paymentId, "payment.captured");

        razorpay(body).header("X-Razorpay-Event-Id", "evt_first").when().post(RAZORPAY)
                .then().statusCode(200).body("result", equalTo("STORED"));
        for (String replayedId : List.of("evt_second", "evt_" + UUID.randomUUID(), "", " ", "x".repeat(500))) {
            razorpay(body).header("X-Razorpay-Event-Id", replayedId).when().post(RAZORPAY)
                    .then().statusCode(200).body("result", equalTo("DUPLICATE"));
        }
        razorpay(body).when().post(RAZORPAY).then().statusCode(200).body("result", equalTo("DUPLICATE"));

        assertThat(topics.withKey(Topics.PAYMENTS_WEBHOOKS, paymentId)).hasSize(1);
    }

    @Test
    void a_different_signed_event_about_the_same_payment_is_still_stored() {
        String paymentId = "pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);

        razorpay(captured(paymentId, "payment.authorized")).when().post(RAZORPAY)
                .then().statusCode(200).body("result", equalTo("STORED"));
        razorpay(captured(paymentId, "payment.captured")).when().post(RAZORPAY)
                .then().statusCode(200).body("result", equalTo("STORED"));

        assertThat(topics.withKey(Topics.PAYMENTS_WEBHOOKS, paymentId)).hasSize(2);
    }

    @Test
    void a_signed_webhook_of_2_mb_is_a_413_problem_and_nothing_reaches_kafka() {
        String paymentId = "pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        String body = captured(paymentId, "payment.captured")
                .replace("\"currency\":\"INR\"", "\"currency\":\"INR\",\"notes\":{\"x\":\"" + "n".repeat(2_000_000) + "\"}");

        razorpay(body).when().post(RAZORPAY)
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"));

        assertThat(topics.withKey(Topics.PAYMENTS_WEBHOOKS, paymentId)).isEmpty();
    }

    @Test
    void a_signed_twilio_delivery_replayed_with_other_unsigned_headers_is_stored_once() {
        String storePhone = Api.newPhone();
        String storeId = Webhooks.registerStore(api, storePhone);
        Map<String, String> params = Webhooks.inbound(storePhone, "Yes, 2 strips at 64");
        String sid = params.get("MessageSid");

        for (String token : List.of("first", "second", UUID.randomUUID().toString())) {
            twilio(INBOUND, params).header("I-Twilio-Idempotency-Token", token).when().post(INBOUND)
                    .then().statusCode(200);
        }
        Map<String, String> status = new LinkedHashMap<>(Map.of("MessageSid", sid, "MessageStatus", "delivered",
                "To", "whatsapp:" + storePhone, "AccountSid", "ACtest"));
        for (String token : List.of("first", "second")) {
            twilio(STATUS, status).header("I-Twilio-Idempotency-Token", token).when().post(STATUS)
                    .then().statusCode(204);
        }

        assertThat(topics.withKey(Topics.STORES_INBOUND, storeId)).hasSize(1);
        assertThat(topics.withKey(Topics.NOTIFICATIONS_EVENTS, sid)).hasSize(1);
    }

    @Test
    void signed_twilio_text_with_refused_characters_or_over_the_bounds_is_a_400_and_stores_nothing() {
        String storePhone = Api.newPhone();
        String storeId = Webhooks.registerStore(api, storePhone);

        for (String text : List.of("nul\u0000", "esc\u001b[2J", "\u202Eevil", "x".repeat(5000))) {
            twilio(INBOUND, Webhooks.inbound(storePhone, text)).when().post(INBOUND)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("Body"));
        }
        Map<String, String> badSid = Webhooks.inbound(storePhone, "hello");
        badSid.put("MessageSid", "SM" + "1".repeat(3000));
        twilio(INBOUND, badSid).when().post(INBOUND)
                .then().statusCode(400).body("errors[0].field", equalTo("MessageSid"));

        assertThat(topics.withKey(Topics.STORES_INBOUND, storeId)).isEmpty();
    }

    private static RequestSpecification razorpay(String body) {
        return Webhooks.razorpay(body, GatewaySignatures.razorpay(body, GatewaySignatures.RAZORPAY_SECRET));
    }

    private static RequestSpecification twilio(String path, Map<String, String> params) {
        return Webhooks.twilio(path, params, GatewaySignatures.TWILIO_TOKEN);
    }

    private static String captured(String paymentId, String event) {
        return "{\"entity\":\"event\",\"account_id\":\"acc_test\",\"event\":\"" + event + "\","
                + "\"contains\":[\"payment\"],\"payload\":{\"payment\":{\"entity\":{\"id\":\"" + paymentId
                + "\",\"amount\":8900,\"currency\":\"INR\"}}},\"created_at\":1767225600}";
    }
}
