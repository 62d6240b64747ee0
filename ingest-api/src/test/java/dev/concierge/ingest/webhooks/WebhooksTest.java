package dev.concierge.ingest.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.ingest.requests.application.RequestOwnership;
import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.ingest.support.GatewaySignatures;
import dev.concierge.ingest.support.StateSnapshots;
import dev.concierge.ingest.support.TopicReader;
import dev.concierge.ingest.support.Webhooks;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.notifications.NotificationEvent.DeliveryStatusReported;
import dev.concierge.schemas.payments.PaymentWebhook.RazorpayWebhookReceived;
import dev.concierge.schemas.requests.RequestCommand.CreateRequest;
import dev.concierge.schemas.stores.StoreInbound.StoreMessageReceived;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class WebhooksTest extends ApiTest {

    private static final String INBOUND = "/v1/webhooks/twilio/inbound";
    private static final String STATUS = "/v1/webhooks/twilio/status";

    @Inject
    RequestOwnership ownership;

    @Test
    void a_signed_razorpay_webhook_is_stored_raw_and_a_redelivery_stores_nothing_more() {
        String linkId = "plink_" + UUID.randomUUID().toString().substring(0, 8);
        String body = paidWebhook(linkId);
        String eventId = "evt_" + UUID.randomUUID();

        razorpay(body, GatewaySignatures.razorpay(body, GatewaySignatures.RAZORPAY_SECRET), eventId)
                .then().statusCode(200).body("result", equalTo("STORED"));
        razorpay(body, GatewaySignatures.razorpay(body, GatewaySignatures.RAZORPAY_SECRET), eventId)
                .then().statusCode(200).body("result", equalTo("DUPLICATE"));

        var stored = topics.withKey(Topics.PAYMENTS_WEBHOOKS, linkId);
        assertThat(stored).hasSize(1);
        RazorpayWebhookReceived webhook = (RazorpayWebhookReceived) stored.get(0).data();
        assertThat(webhook.eventId()).isEqualTo(eventId);
        assertThat(webhook.eventName()).isEqualTo("payment_link.paid");
        assertThat(webhook.rawPayload()).isEqualTo(body);
    }

    @Test
    void a_forged_or_missing_razorpay_signature_is_a_401_and_stores_nothing() {
        String linkId = "plink_" + UUID.randomUUID().toString().substring(0, 8);
        String body = paidWebhook(linkId);

        razorpay(body, GatewaySignatures.razorpay(body, "not-the-secret"), "evt_" + UUID.randomUUID())
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body(body).when().post("/v1/webhooks/razorpay")
                .then().statusCode(401);
        String tampered = body.replace("8900", "1");
        razorpay(tampered, GatewaySignatures.razorpay(body, GatewaySignatures.RAZORPAY_SECRET), "evt_" + UUID.randomUUID())
                .then().statusCode(401);

        assertThat(topics.withKey(Topics.PAYMENTS_WEBHOOKS, linkId)).isEmpty();
    }

    @Test
    void a_store_reply_on_whatsapp_lands_on_stores_inbound_once_with_its_media() {
        String storePhone = Api.newPhone();
        String storeId = registerStore(storePhone);
        Map<String, String> params = inbound(storePhone, "Yes, 640 rupees");
        params.put("NumMedia", "1");
        params.put("MediaUrl0", "https://api.twilio.com/media/ME1");
        params.put("MediaContentType0", "image/jpeg");

        twilio(INBOUND, params, GatewaySignatures.TWILIO_TOKEN).then().statusCode(200);
        twilio(INBOUND, params, GatewaySignatures.TWILIO_TOKEN).then().statusCode(200);

        var stored = topics.withKey(Topics.STORES_INBOUND, storeId);
        assertThat(stored).extracting(TopicReader.Landed::data).containsExactly(new StoreMessageReceived(storeId,
                storePhone, "Yes, 640 rupees", List.of("https://api.twilio.com/media/ME1"), params.get("MessageSid")));
    }

    @Test
    void a_customer_whatsapp_message_joins_their_open_request_as_a_whatsapp_message() {
        String phone = Api.newPhone();
        Api.Session customer = api.customer(phone);
        String requestId = Api.createRequest(customer);

        twilio(INBOUND, inbound(phone, "make it 3 strips"), GatewaySignatures.TWILIO_TOKEN).then().statusCode(200);

        var messages = topics.withKey(Topics.CHAT_MESSAGES, requestId);
        assertThat(messages).hasSize(1);
        ChatMessagePosted message = (ChatMessagePosted) messages.get(0).data();
        assertThat(message.author()).isEqualTo(Author.CUSTOMER);
        assertThat(message.authorId()).isEqualTo(customer.subject());
        assertThat(message.text()).isEqualTo("make it 3 strips");
        assertThat(message.channel()).isEqualTo(Channel.WHATSAPP);
    }

    @Test
    void a_customer_whatsapp_message_of_only_invisible_characters_posts_nothing() {
        String phone = Api.newPhone();
        Api.Session customer = api.customer(phone);
        String requestId = Api.createRequest(customer);

        twilio(INBOUND, inbound(phone, "\u200b\u200d \u2060"), GatewaySignatures.TWILIO_TOKEN).then().statusCode(200);

        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).isEmpty();
    }

    @Test
    void a_customer_whatsapp_message_after_their_request_closed_opens_a_new_one() throws Exception {
        // given a customer with a saved address whose request was just delivered (a requests.state
        // snapshot, as the stream processor writes it)
        String phone = Api.newPhone();
        Api.Session customer = api.customer(phone);
        Api.as(customer.token()).body(Map.of("label", "Home", "address", Api.address(), "makeDefault", true))
                .when().post("/v1/customers/me/addresses").then().statusCode(202);
        String delivered = Api.createRequest(customer);
        new StateSnapshots(kafka).publish(delivered, customer.subject(), RequestStatus.DELIVERED);
        StateSnapshots.awaitClosed(ownership, customer.subject(), delivered);

        // when they write on WhatsApp again
        twilio(INBOUND, inbound(phone, "one more thing: paracetamol"), GatewaySignatures.TWILIO_TOKEN)
                .then().statusCode(200);

        // then the message starts a new request instead of landing on the delivered one
        assertThat(topics.withKey(Topics.CHAT_MESSAGES, delivered)).isEmpty();
        var created = topics.matching(Topics.REQUESTS_COMMANDS, landed -> landed.data() instanceof CreateRequest create
                && create.customerId().equals(customer.subject()) && !create.requestId().equals(delivered));
        assertThat(created).hasSize(1);
        assertThat(((CreateRequest) created.get(0).data()).text()).isEqualTo("one more thing: paracetamol");
    }

    @Test
    void a_customer_without_a_recent_request_gets_a_new_one_at_their_default_address() {
        String phone = Api.newPhone();
        Api.Session customer = api.customer(phone);
        Api.as(customer.token()).body(Map.of("label", "Home", "address", Api.address(), "makeDefault", true))
                .when().post("/v1/customers/me/addresses").then().statusCode(202);
        Map<String, String> params = inbound(phone, "need Amul butter 500g");
        params.put("NumMedia", "1");
        params.put("MediaUrl0", "https://api.twilio.com/media/ME9");
        params.put("MediaContentType0", "image/jpeg");

        twilio(INBOUND, params, GatewaySignatures.TWILIO_TOKEN).then().statusCode(200);

        var created = topics.matching(Topics.REQUESTS_COMMANDS,
                landed -> landed.data() instanceof CreateRequest create && create.customerId().equals(customer.subject()));
        assertThat(created).hasSize(1);
        CreateRequest create = (CreateRequest) created.get(0).data();
        assertThat(create.text()).isEqualTo("need Amul butter 500g");
        assertThat(create.deliveryAddress().pincode()).isEqualTo("560001");
        var photo = (ChatMessagePosted) topics.withKey(Topics.CHAT_MESSAGES, create.requestId()).get(0).data();
        assertThat(photo.attachments()).containsExactly(new Attachment(null, "https://api.twilio.com/media/ME9", "image/jpeg"));
    }

    @Test
    void a_message_from_an_unknown_number_is_acknowledged_but_produces_nothing() {
        String stranger = Api.newPhone();
        Map<String, String> params = inbound(stranger, "hello?");

        twilio(INBOUND, params, GatewaySignatures.TWILIO_TOKEN).then().statusCode(200);

        assertThat(topics.matching(Topics.CHAT_MESSAGES, landed -> landed.data() instanceof ChatMessagePosted m
                && "hello?".equals(m.text()) && m.attachments().isEmpty())).isEmpty();
        assertThat(topics.matching(Topics.STORES_INBOUND, landed -> stranger.equals(
                ((StoreMessageReceived) landed.data()).fromPhone()))).isEmpty();
    }

    @Test
    void a_correctly_signed_body_that_is_not_json_is_a_400_not_a_500() {
        String body = "event=payment.captured";

        razorpay(body, GatewaySignatures.razorpay(body, GatewaySignatures.RAZORPAY_SECRET), "evt_" + UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void a_forged_twilio_signature_is_a_401_and_stores_nothing() {
        String storePhone = Api.newPhone();
        String storeId = registerStore(storePhone);

        twilio(INBOUND, inbound(storePhone, "yes"), "wrong-token").then().statusCode(401)
                .contentType("application/problem+json");
        given().contentType("application/x-www-form-urlencoded").formParams(inbound(storePhone, "yes"))
                .when().post(INBOUND).then().statusCode(401);

        assertThat(topics.withKey(Topics.STORES_INBOUND, storeId)).isEmpty();
    }

    @Test
    void a_status_callback_becomes_a_delivery_status_for_the_notifier() {
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> params = new LinkedHashMap<>(Map.of("MessageSid", sid, "MessageStatus", "delivered",
                "To", "whatsapp:+919876543210", "AccountSid", "ACtest"));

        twilio(STATUS, params, GatewaySignatures.TWILIO_TOKEN).then().statusCode(204);
        twilio(STATUS, params, "wrong-token").then().statusCode(401);

        assertThat(topics.withKey(Topics.NOTIFICATIONS_EVENTS, sid)).extracting(TopicReader.Landed::data)
                .containsExactly(new DeliveryStatusReported(sid, "delivered", Channel.WHATSAPP, "+919876543210", null, null));
    }

    private String registerStore(String phone) {
        return Webhooks.registerStore(api, phone);
    }

    private static Map<String, String> inbound(String fromPhone, String body) {
        return Webhooks.inbound(fromPhone, body);
    }

    private static Response razorpay(String body, String signature, String eventId) {
        return Webhooks.razorpay(body, signature).header("X-Razorpay-Event-Id", eventId).when().post(Webhooks.RAZORPAY);
    }

    private static Response twilio(String path, Map<String, String> params, String token) {
        return Webhooks.twilio(path, params, token).when().post(path);
    }

    private static String paidWebhook(String linkId) {
        return "{\"entity\":\"event\",\"account_id\":\"acc_test\",\"event\":\"payment_link.paid\","
                + "\"payload\":{\"payment_link\":{\"entity\":{\"id\":\"" + linkId + "\",\"status\":\"paid\"}},"
                + "\"payment\":{\"entity\":{\"id\":\"pay_1\",\"amount\":8900,\"currency\":\"INR\"}}},"
                + "\"created_at\":1767225600}";
    }
}
