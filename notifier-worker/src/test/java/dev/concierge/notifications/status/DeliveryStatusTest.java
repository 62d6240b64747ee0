package dev.concierge.notifications.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.notifications.support.IngestStandIn;
import dev.concierge.notifications.support.Messages;
import dev.concierge.notifications.support.NotifierTest;
import dev.concierge.notifications.support.OutboxTestResource;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.notifications.NotificationEvent.DeliveryStatusReported;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationDelivered;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationSent;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Acceptance 6: a signed status callback becomes NotificationDelivered with the original notification id. */
@QuarkusTest
@WithTestResource(value = ConciergeTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OutboxTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DeliveryStatusTest extends NotifierTest {

    @Test
    void a_signed_delivered_callback_becomes_notification_delivered_once_with_the_original_notification_id() {
        String phone = newPhone();
        String customer = knownCustomer(phone);
        String notificationId = newId("ntf");
        publish(Topics.NOTIFICATIONS_COMMANDS, customer, Messages.quoteTo(customer, List.of(Channel.SMS),
                notificationId));
        NotificationSent sent = awaitEvent(customer, NotificationSent.class,
                event -> event.notificationId().equals(notificationId));

        // the outbox posts Twilio-signed callbacks to ingest-api's status webhook, which reports each as
        // DeliveryStatusReported keyed by the SID: here every callback the stand-in verified, twice over
        List<IngestStandIn.StatusCallback> callbacks = await("the signed 'delivered' callback",
                () -> ingest().callbacks().stream().filter(c -> c.messageSid().equals(sent.providerMessageId()))
                        .toList(),
                found -> found.stream().anyMatch(c -> c.status().equals("delivered")));
        for (int redelivery = 0; redelivery < 2; redelivery++) {
            for (IngestStandIn.StatusCallback callback : callbacks) {
                publish(Topics.NOTIFICATIONS_EVENTS, callback.messageSid(), new DeliveryStatusReported(
                        callback.messageSid(), callback.status(), Channel.SMS, phone, callback.errorCode(), null));
            }
        }

        NotificationDelivered delivered = awaitEvent(customer, NotificationDelivered.class,
                event -> event.notificationId().equals(notificationId));
        assertThat(delivered.providerMessageId()).isEqualTo(sent.providerMessageId());
        assertThat(delivered.channel()).isEqualTo(Channel.SMS);
        assertThat(delivered.recipientId()).isEqualTo(customer);
        awaitConsumed("notifier-worker-delivery-status", Topics.NOTIFICATIONS_EVENTS.name());
        assertThat(events(customer, NotificationDelivered.class)).hasSize(1);
    }
}
