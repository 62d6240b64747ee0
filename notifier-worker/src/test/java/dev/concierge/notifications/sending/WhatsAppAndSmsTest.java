package dev.concierge.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.notifications.support.Messages;
import dev.concierge.notifications.support.NotifierTest;
import dev.concierge.notifications.support.OutboxTestResource;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.notifications.NotificationEvent.DeliveryStatusReported;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationFailed;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationSent;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/** Acceptance 2: WhatsApp through the real Twilio SDK against the outbox, the 24-hour window, SMS fallback. */
@QuarkusTest
@WithTestResource(value = ConciergeTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OutboxTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WhatsAppAndSmsTest extends NotifierTest {

    @Inject
    RedissonClient redis;

    @Test
    void a_whatsapp_inside_the_customers_24_hour_window_is_free_text() {
        String customer = knownCustomer(newPhone());
        String phone = directory.find(customer).orElseThrow().phone();
        String requestId = newId("req");
        publish(Topics.CHAT_MESSAGES, requestId, new ChatMessagePosted(newId("msg"), requestId, Author.CUSTOMER,
                customer, "is it in stock?", List.of(), Instant.now(), Channel.WHATSAPP));
        await("the customer's WhatsApp window", () -> windows.isOpen(customer, Instant.now()), open -> open);

        String notificationId = newId("ntf");
        publish(Topics.NOTIFICATIONS_COMMANDS, customer, Messages.quoteTo(customer, List.of(Channel.WHATSAPP),
                notificationId));

        NotificationSent sent = awaitEvent(customer, NotificationSent.class,
                event -> event.notificationId().equals(notificationId));
        JsonNode message = awaitOutboxMessages("whatsapp:" + phone, 1).get(0);
        assertThat(sent.channel()).isEqualTo(Channel.WHATSAPP);
        assertThat(message.path("id").asText()).isEqualTo(sent.providerMessageId());
        assertThat(message.path("channel").asText()).isEqualTo("WHATSAPP");
        assertThat(message.path("body").asText()).contains("285");
        assertThat(message.has("template")).as("free text, no template").isFalse();
    }

    @Test
    void a_whatsapp_outside_the_window_is_the_approved_template() {
        String phone = newPhone();
        String customer = knownCustomer(phone);
        String notificationId = newId("ntf");

        publish(Topics.NOTIFICATIONS_COMMANDS, customer, Messages.quoteTo(customer, List.of(Channel.WHATSAPP),
                notificationId));

        awaitEvent(customer, NotificationSent.class, event -> event.notificationId().equals(notificationId));
        JsonNode message = awaitOutboxMessages("whatsapp:" + phone, 1).get(0);
        assertThat(message.path("channel").asText()).isEqualTo("WHATSAPP");
        assertThat(message.path("template").path("contentSid").asText()).startsWith("HX");
        assertThat(message.path("template").path("variables").size()).isPositive();
    }

    @Test
    void a_whatsapp_the_provider_reports_failed_falls_back_to_sms() {
        String phone = newPhone();
        String customer = knownCustomer(phone);
        String notificationId = newId("ntf");
        failNextMessageTo(phone);

        publish(Topics.NOTIFICATIONS_COMMANDS, customer, Messages.quoteTo(customer,
                List.of(Channel.WHATSAPP, Channel.SMS), notificationId));

        NotificationSent whatsApp = awaitEvent(customer, NotificationSent.class,
                event -> event.notificationId().equals(notificationId) && event.channel() == Channel.WHATSAPP);
        JsonNode failed = awaitOutboxStatus(whatsApp.providerMessageId(), "failed");
        // what ingest-api does with Twilio's signed callback: a DeliveryStatusReported keyed by the SID
        await("the signed 'failed' callback", () -> ingest().callbacks(), callbacks -> callbacks.stream()
                .anyMatch(c -> c.messageSid().equals(whatsApp.providerMessageId()) && c.status().equals("failed")));
        publish(Topics.NOTIFICATIONS_EVENTS, whatsApp.providerMessageId(), new DeliveryStatusReported(
                whatsApp.providerMessageId(), "failed", Channel.WHATSAPP, phone,
                failed.path("errorCode").asText(), null));

        NotificationSent sms = awaitEvent(customer, NotificationSent.class,
                event -> event.notificationId().equals(notificationId) && event.channel() == Channel.SMS);
        List<JsonNode> smsMessages = awaitOutboxMessages(phone, 2).stream()
                .filter(m -> m.path("channel").asText().equals("SMS")).toList();
        assertThat(smsMessages).hasSize(1);
        assertThat(smsMessages.get(0).path("id").asText()).isEqualTo(sms.providerMessageId());
        assertThat(smsMessages.get(0).path("body").asText()).contains("285");
    }

    @Test
    void a_whatsapp_without_sms_in_the_channels_that_fails_is_a_notification_failed() {
        String phone = newPhone();
        String customer = knownCustomer(phone);
        String notificationId = newId("ntf");
        failNextMessageTo(phone);

        publish(Topics.NOTIFICATIONS_COMMANDS, customer, Messages.quoteTo(customer, List.of(Channel.WHATSAPP),
                notificationId));
        NotificationSent whatsApp = awaitEvent(customer, NotificationSent.class,
                event -> event.notificationId().equals(notificationId));
        publish(Topics.NOTIFICATIONS_EVENTS, whatsApp.providerMessageId(), new DeliveryStatusReported(
                whatsApp.providerMessageId(), "failed", Channel.WHATSAPP, phone, "63016", null));

        NotificationFailed failure = awaitEvent(customer, NotificationFailed.class,
                event -> event.notificationId().equals(notificationId));
        assertThat(failure.channel()).isEqualTo(Channel.WHATSAPP);
        assertThat(failure.reason()).isEqualTo("failed: 63016");
        assertThat(outboxMessages(phone)).hasSize(1);
    }

    @Test
    void a_message_twilio_refuses_at_once_moves_on_to_the_next_channel_without_a_retry() {
        String phone = newPhone();
        String customer = knownCustomer(phone);
        String requestId = newId("req");
        publish(Topics.CHAT_MESSAGES, requestId, new ChatMessagePosted(newId("msg"), requestId, Author.CUSTOMER,
                customer, "cancel please", List.of(), Instant.now(), Channel.WHATSAPP));
        await("the customer's WhatsApp window", () -> windows.isOpen(customer, Instant.now()), open -> open);
        String notificationId = newId("ntf");
        // Twilio refuses a body over 1,600 characters with a 400 (code 21617), on WhatsApp and SMS alike
        String tooLong = "x".repeat(1_700);

        publish(Topics.NOTIFICATIONS_COMMANDS, customer, Messages.notify(customer, Recipient.Kind.CUSTOMER,
                List.of(Channel.WHATSAPP, Channel.SMS, Channel.IN_APP), "request.cancelled",
                Map.of("reason", tooLong, "requestId", requestId), notificationId));

        NotificationSent sent = awaitEvent(customer, NotificationSent.class,
                event -> event.notificationId().equals(notificationId));
        assertThat(sent.channel()).isEqualTo(Channel.IN_APP);
        assertThat(outboxMessages(phone)).isEmpty();
        assertThat(claim(notificationId + "/WHATSAPP")).isEqualTo("failed:twilio-21617");
        assertThat(claim(notificationId + "/SMS")).isEqualTo("failed:twilio-21617");
    }

    private String claim(String key) {
        return redis.<String>getBucket("notifier:send:" + key, StringCodec.INSTANCE).get();
    }
}
