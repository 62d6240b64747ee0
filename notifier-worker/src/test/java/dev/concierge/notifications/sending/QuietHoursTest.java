package dev.concierge.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.concierge.notifications.sending.application.DeferredSends;
import dev.concierge.notifications.support.Messages;
import dev.concierge.notifications.support.NotifierTest;
import dev.concierge.notifications.support.OutboxTestResource;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.QuietHours;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.customers.CustomerEvent.NotificationPreferencesUpdated;
import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationSent;
import dev.concierge.schemas.notifications.VariableCipher;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Quiet hours: sign-in, payment and delivery messages go at once; everything else is stored in
 * MongoDB and sent by the scheduler once the quiet hours are over (so it survives a restart).
 */
@QuarkusTest
@WithTestResource(value = ConciergeTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OutboxTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class QuietHoursTest extends NotifierTest {

    @Inject
    DeferredSends deferred;

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "concierge.mongodb.database")
    String database;

    @Test
    void a_quote_during_quiet_hours_waits_in_the_database_and_goes_out_when_they_end() {
        String phone = newPhone();
        String customer = quietNow(phone);
        String notificationId = newId("ntf");

        publish(Topics.NOTIFICATIONS_COMMANDS, customer, Messages.quoteTo(customer, List.of(Channel.SMS),
                notificationId));

        Instant farFuture = Instant.now().plus(Duration.ofDays(2));
        await("the deferred quote", () -> deferred.due(farFuture, 10_000), due -> due.stream()
                .anyMatch(notify -> notify.idempotencyKey().equals(notificationId)));
        assertThat(outboxMessages(phone)).isEmpty();
        assertThat(events(customer, NotificationSent.class)).isEmpty();

        // the quiet hours are over: what the scheduler finds due it sends
        mongo.getDatabase(database).getCollection("deferred_sends").updateOne(Filters.eq("_id", notificationId),
                Updates.set("dueAt", Date.from(Instant.now().minusSeconds(1))));

        awaitEvent(customer, NotificationSent.class, event -> event.notificationId().equals(notificationId));
        assertThat(awaitOutboxMessages(phone, 1)).hasSize(1);
        await("the deferred quote to be gone", () -> mongo.getDatabase(database).getCollection("deferred_sends")
                .countDocuments(new Document("_id", notificationId)), count -> count == 0);
    }

    @Test
    void a_sign_in_code_during_quiet_hours_goes_at_once() {
        String phone = newPhone();
        String customer = quietNow(phone);
        String notificationId = newId("otp");
        VariableCipher cipher = VariableCipher.fromBase64Key(OutboxTestResource.NOTIFY_VARIABLES_KEY);

        publish(Topics.NOTIFICATIONS_COMMANDS, customer, new Notify(new Recipient(customer, Recipient.Kind.CUSTOMER,
                phone, null), List.of(Channel.SMS), Messages.OTP, Map.of("expiresInMinutes", "5"), notificationId,
                Map.of("code", cipher.encrypt("481516", notificationId))));

        awaitEvent(customer, NotificationSent.class, event -> event.notificationId().equals(notificationId));
        assertThat(awaitOutboxMessages(phone, 1).get(0).path("body").asText()).contains("481516");
    }

    /** A customer whose quiet hours (UTC) cover the next two hours. */
    private String quietNow(String phone) {
        String customer = knownCustomer(phone);
        LocalTime now = LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        publish(Topics.CUSTOMERS_EVENTS, customer, new NotificationPreferencesUpdated(customer, List.of(Channel.SMS),
                false, "en", new QuietHours(now.minusHours(1), now.plusHours(2), "UTC")));
        await("the quiet hours of " + customer, () -> directory.find(customer).orElseThrow().quietHours(),
                quietHours -> quietHours != null);
        return customer;
    }
}
