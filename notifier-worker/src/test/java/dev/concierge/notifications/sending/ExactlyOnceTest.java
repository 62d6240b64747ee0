package dev.concierge.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.notifications.support.Messages;
import dev.concierge.notifications.support.NotifierTest;
import dev.concierge.notifications.support.OutboxTestResource;
import dev.concierge.schemas.catalog.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationFailed;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationSent;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Acceptance 3: one send per intent. What the notifier knows about a send lives in Redis, not in the
 * process: a restarted notifier (or another instance) finds the same claims, which the last two tests
 * set up the way a process that died would have left them.
 */
@QuarkusTest
@WithTestResource(value = ConciergeTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OutboxTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ExactlyOnceTest extends NotifierTest {

    @Inject
    RedissonClient redis;

    @Test
    void the_same_notify_delivered_three_times_reaches_the_outbox_once() {
        String phone = newPhone();
        String customer = knownCustomer(phone);
        Notify notify = Messages.quoteTo(customer, List.of(Channel.SMS), newId("ntf"));

        for (int delivery = 0; delivery < 3; delivery++) {
            publish(Topics.NOTIFICATIONS_COMMANDS, customer, notify);
        }

        // every delivery is answered (the later ones from the claim, naming the same message) ...
        List<NotificationSent> sent = await("three answers", () -> events(customer, NotificationSent.class),
                events -> events.size() == 3);
        assertThat(sent).extracting(NotificationSent::providerMessageId).containsOnly(sent.get(0).providerMessageId());
        // ... and the provider got one message
        assertThat(outboxMessages(phone)).hasSize(1);
    }

    @Test
    void a_resent_payment_link_is_one_more_message_with_the_same_link_and_a_redelivered_resend_is_none() {
        // given the customer was sent their payment link when it was issued
        String phone = newPhone();
        String customer = knownCustomer(phone);
        Map<String, String> link = Map.of("url", "http://127.0.0.1:8084/pay/plink_" + customer, "amount", "INR 490.00",
                "requestId", "req_1");
        publish(Topics.NOTIFICATIONS_COMMANDS, customer, Messages.notify(customer, Recipient.Kind.CUSTOMER,
                List.of(Channel.SMS), "request.payment-link", link, newId("evt") + "/request.payment-link/" + customer));
        awaitOutboxMessages(phone, 1);

        // when an agent's ResendPaymentLink reaches the notifier as the processor writes it, three times over
        Notify resend = Messages.notify(customer, Recipient.Kind.CUSTOMER, List.of(Channel.SMS), "request.payment-link",
                link, "resend/" + newId("cmd") + "/request.payment-link/" + customer);
        for (int delivery = 0; delivery < 3; delivery++) {
            publish(Topics.NOTIFICATIONS_COMMANDS, customer, resend);
        }

        // then every delivery is answered, and the customer got exactly one more message, with the same link
        await("three answers to the resend", () -> events(customer, NotificationSent.class).stream()
                .filter(sent -> sent.notificationId().equals(resend.idempotencyKey())).toList(), sent -> sent.size() == 3);
        List<JsonNode> messages = outboxMessages(phone);
        assertThat(messages).hasSize(2);
        assertThat(messages).allSatisfy(message -> assertThat(message.path("body").asText())
                .contains("http://127.0.0.1:8084/pay/plink_" + customer));
    }

    @Test
    void a_send_a_crashed_notifier_had_claimed_without_an_outcome_is_outcome_unknown_and_not_sent_again() {
        String phone = newPhone();
        String customer = knownCustomer(phone);
        String notificationId = newId("ntf");
        claim(notificationId + "/" + Channel.SMS, "in-flight");

        publish(Topics.NOTIFICATIONS_COMMANDS, customer, Messages.quoteTo(customer, List.of(Channel.SMS),
                notificationId));

        NotificationFailed failed = awaitEvent(customer, NotificationFailed.class,
                event -> event.notificationId().equals(notificationId));
        assertThat(failed.reason()).isEqualTo("outcome-unknown");
        assertThat(failed.channel()).isEqualTo(Channel.SMS);
        assertThat(outboxMessages(phone)).isEmpty();
    }

    @Test
    void a_send_an_earlier_notifier_recorded_is_reported_again_and_not_sent_again() {
        String phone = newPhone();
        String customer = knownCustomer(phone);
        String notificationId = newId("ntf");
        claim(notificationId + "/" + Channel.SMS, "sent:SM0123456789abcdef0123456789abcdef");

        publish(Topics.NOTIFICATIONS_COMMANDS, customer, Messages.quoteTo(customer, List.of(Channel.SMS),
                notificationId));

        NotificationSent sent = awaitEvent(customer, NotificationSent.class,
                event -> event.notificationId().equals(notificationId));
        assertThat(sent.providerMessageId()).isEqualTo("SM0123456789abcdef0123456789abcdef");
        assertThat(outboxMessages(phone)).isEmpty();
    }

    private void claim(String key, String value) {
        redis.getBucket("notifier:send:" + key, StringCodec.INSTANCE).set(value, Duration.ofHours(1));
    }
}
