package dev.concierge.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.notifications.support.Messages;
import dev.concierge.notifications.support.NotifierTest;
import dev.concierge.notifications.support.OutboxTestResource;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationSent;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** A record the notifier cannot read goes to the topic's .dlq with the reason, and the next one is processed. */
@QuarkusTest
@WithTestResource(value = ConciergeTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OutboxTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PoisonRecordsTest extends NotifierTest {

    @Test
    void an_unreadable_command_goes_to_the_dead_letter_topic_with_the_reason_and_the_next_one_is_sent() {
        String phone = newPhone();
        String customer = knownCustomer(phone);
        String notificationId = newId("ntf");

        send(Topics.NOTIFICATIONS_COMMANDS.name(), customer, "{\"not\": \"a cloud event\"".getBytes(StandardCharsets.UTF_8));
        publish(Topics.NOTIFICATIONS_COMMANDS, customer, Messages.quoteTo(customer, List.of(Channel.SMS),
                notificationId));

        awaitEvent(customer, NotificationSent.class, event -> event.notificationId().equals(notificationId));
        ConsumerRecord<String, byte[]> dead = await("the poison record on the .dlq",
                () -> records(Topics.NOTIFICATIONS_COMMANDS.name() + ".dlq").stream()
                        .filter(record -> customer.equals(record.key())).findFirst().orElse(null),
                record -> record != null);
        Header reason = dead.headers().lastHeader("dead-letter-reason");
        assertThat(reason).isNotNull();
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).containsIgnoringCase("json");
        assertThat(outboxMessages(phone)).hasSize(1);
    }

    @Test
    void an_unreadable_directory_event_goes_to_its_dead_letter_topic() {
        String key = newId("cus");

        send(Topics.CUSTOMERS_EVENTS.name(), key, "garbage".getBytes(StandardCharsets.UTF_8));

        ConsumerRecord<String, byte[]> dead = await("the poison record on customers.events.dlq",
                () -> records(Topics.CUSTOMERS_EVENTS.name() + ".dlq").stream()
                        .filter(record -> key.equals(record.key())).findFirst().orElse(null),
                record -> record != null);
        assertThat(dead.headers().lastHeader("dead-letter-reason")).isNotNull();
    }
}
