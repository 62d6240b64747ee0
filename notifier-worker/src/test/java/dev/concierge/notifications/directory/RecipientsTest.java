package dev.concierge.notifications.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.notifications.support.Messages;
import dev.concierge.notifications.support.NotifierTest;
import dev.concierge.notifications.support.OutboxTestResource;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.customers.CustomerEvent;
import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationFailed;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationSent;
import dev.concierge.schemas.staff.StaffEvent;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who gets a message and where: the directory topics, the admins group, preferences, devices. */
@QuarkusTest
@WithTestResource(value = ConciergeTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OutboxTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RecipientsTest extends NotifierTest {

    @Test
    void a_notify_for_the_admins_group_emails_every_admin_staff_account_and_no_agent() {
        String admin = newId("stf");
        String agent = newId("stf");
        String adminEmail = admin + "@concierge.example";
        String agentEmail = agent + "@concierge.example";
        publish(Topics.STAFF_EVENTS, admin, new StaffEvent.StaffAccountSaved(admin, StaffEvent.StaffRole.ADMIN,
                "Meera", adminEmail, null, "en"));
        publish(Topics.STAFF_EVENTS, agent, new StaffEvent.StaffAccountSaved(agent, StaffEvent.StaffRole.AGENT,
                "Ravi", agentEmail, null, "en"));
        await("both staff accounts", () -> directory.find(agent).isPresent() && directory.find(admin).isPresent(),
                known -> known);
        String notificationId = newId("ntf");

        publish(Topics.NOTIFICATIONS_COMMANDS, "admins", Messages.notify("admins", Recipient.Kind.ADMIN,
                List.of(Channel.EMAIL), Messages.QUOTE, Messages.QUOTE_VARIABLES, notificationId));

        awaitEvent("admins", NotificationSent.class, event -> event.notificationId().equals(notificationId));
        JsonNode email = awaitOutboxMessages(adminEmail, 1).get(0);
        assertThat(email.path("to").asText()).contains(adminEmail).doesNotContain(agentEmail);
        assertThat(outboxMessages(agentEmail)).isEmpty();
    }

    @Test
    void without_channels_on_the_notify_the_customers_own_preferences_decide() {
        String phone = newPhone();
        String customer = knownCustomer(phone);
        publish(Topics.CUSTOMERS_EVENTS, customer, new CustomerEvent.NotificationPreferencesUpdated(customer,
                List.of(Channel.SMS), false, "en", null));
        await("the preferences", () -> directory.find(customer).orElseThrow().channels(),
                channels -> channels.equals(List.of(Channel.SMS)));
        String notificationId = newId("ntf");

        publish(Topics.NOTIFICATIONS_COMMANDS, customer, Messages.quoteTo(customer, List.of(), notificationId));

        NotificationSent sent = awaitEvent(customer, NotificationSent.class,
                event -> event.notificationId().equals(notificationId));
        assertThat(sent.channel()).isEqualTo(Channel.SMS);
        assertThat(awaitOutboxMessages(phone, 1).get(0).path("channel").asText()).isEqualTo("SMS");
    }

    @Test
    void a_push_goes_to_the_customers_registered_device_and_not_after_it_is_unregistered() {
        String customer = knownCustomer(newPhone());
        String token = newId("fcm-token");
        publish(Topics.CUSTOMERS_EVENTS, customer, new CustomerEvent.DeviceRegistered(customer, "phone-1",
                CustomerEvent.DevicePlatform.ANDROID, token));
        await("the device", () -> directory.find(customer).orElseThrow().pushTokens(), tokens -> !tokens.isEmpty());
        String first = newId("ntf");

        publish(Topics.NOTIFICATIONS_COMMANDS, customer, Messages.quoteTo(customer, List.of(Channel.PUSH), first));

        awaitEvent(customer, NotificationSent.class, event -> event.notificationId().equals(first));
        JsonNode push = awaitOutboxMessages(token, 1).get(0);
        assertThat(push.path("channel").asText()).isEqualTo("PUSH");

        publish(Topics.CUSTOMERS_EVENTS, customer, new CustomerEvent.DeviceUnregistered(customer, "phone-1"));
        await("the device to be gone", () -> directory.find(customer).orElseThrow().pushTokens(), List::isEmpty);
        String second = newId("ntf");
        publish(Topics.NOTIFICATIONS_COMMANDS, customer, Messages.quoteTo(customer, List.of(Channel.PUSH), second));
        NotificationFailed failed = awaitEvent(customer, NotificationFailed.class,
                event -> event.notificationId().equals(second));
        assertThat(failed.reason()).isEqualTo("no-device: PUSH");
    }

    @Test
    void in_app_is_always_possible_even_for_a_recipient_nobody_knows() {
        String stranger = newId("cus");
        String notificationId = newId("ntf");
        Notify notify = Messages.notify(stranger, Recipient.Kind.CUSTOMER, List.of(Channel.SMS, Channel.IN_APP),
                Messages.QUOTE, Map.copyOf(Messages.QUOTE_VARIABLES), notificationId);

        publish(Topics.NOTIFICATIONS_COMMANDS, stranger, notify);

        NotificationSent sent = awaitEvent(stranger, NotificationSent.class,
                event -> event.notificationId().equals(notificationId));
        assertThat(sent.channel()).isEqualTo(Channel.IN_APP);
    }
}
