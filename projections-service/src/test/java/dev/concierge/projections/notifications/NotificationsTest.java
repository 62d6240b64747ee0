package dev.concierge.projections.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.projections.support.Journey;
import dev.concierge.projections.support.ReadModelTest;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.notifications.NotificationEvent;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationDelivered;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationFailed;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationSent;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwksStandInResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The notification history on the real broker and the Mongo-wire server: delivery status per notification
 * id only moves forward, whatever the order and however often facts arrive; the request a notification is
 * about comes from the request's timeline; customers read only their own.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(JwksStandInResource.class)
class NotificationsTest extends ReadModelTest {

    private static final String GROUP = "projections-service-notifications-notifications-events";
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void the_status_only_moves_forward_whatever_the_order_and_a_redelivery_changes_nothing() {
        // given a WhatsApp that failed over to SMS, which was delivered; the delivery arrives first
        String customer = uniqueId("cus_");
        String id = "evt_" + UUID.randomUUID() + "/request.quote/" + customer;
        CloudEvent<NotificationEvent> whatsApp = event(customer, 1, new NotificationSent(id, customer, Channel.WHATSAPP,
                "request.quote", "SM1"));
        CloudEvent<NotificationEvent> sms = event(customer, 2, new NotificationSent(id, customer, Channel.SMS,
                "request.quote", "SM2"));
        CloudEvent<NotificationEvent> delivered = event(customer, 3, new NotificationDelivered(id, customer, Channel.SMS,
                "SM2"));
        for (CloudEvent<NotificationEvent> fact : List.of(delivered, whatsApp, sms, whatsApp, delivered)) {
            topics.publish(Topics.NOTIFICATIONS_EVENTS, fact);
        }
        topics.awaitConsumed(GROUP, Topics.NOTIFICATIONS_EVENTS.name());

        // when staff read it
        JsonPath notification = notificationAs(TestTokens.admin(), id).jsonPath();

        // then it is delivered by SMS, with each fact once in the history, oldest first
        assertThat(notification.getString("status")).isEqualTo("DELIVERED");
        assertThat(notification.getString("channel")).isEqualTo("SMS");
        assertThat(notification.getString("templateId")).isEqualTo("request.quote");
        assertThat(notification.getString("recipientId")).isEqualTo(customer);
        assertThat(notification.getList("history.status", String.class)).containsExactly("SENT", "SENT", "DELIVERED");
        assertThat(notification.getList("history.channel", String.class)).containsExactly("WHATSAPP", "SMS", "SMS");
    }

    @Test
    void a_failure_after_the_send_shows_with_its_reason() {
        String customer = uniqueId("cus_");
        String id = "otp-" + UUID.randomUUID();
        topics.publish(Topics.NOTIFICATIONS_EVENTS, event(customer, 1, new NotificationSent(id, customer, Channel.SMS,
                "auth.otp", "SM9")));
        topics.publish(Topics.NOTIFICATIONS_EVENTS, event(customer, 2, new NotificationFailed(id, customer, Channel.SMS,
                "failed: 30008")));
        topics.awaitConsumed(GROUP, Topics.NOTIFICATIONS_EVENTS.name());

        JsonPath notification = notificationAs(TestTokens.agent(), id).jsonPath();
        assertThat(notification.getString("status")).isEqualTo("FAILED");
        assertThat(notification.getString("reason")).isEqualTo("failed: 30008");
        assertThat(notification.getString("requestId")).as("no request caused a sign-in code").isNull();
    }

    @Test
    void the_request_filter_finds_the_notifications_its_facts_caused_and_customers_see_only_their_own() {
        // given a request whose creation notified its customer, and another customer's notification
        Journey journey = journey(uniqueId("cus_"), uniqueId("agt_"), "groceries", "Atta", 5);
        created(journey, RequestStatus.NEW);
        CloudEvent<?> created = journey.facts().get(0);
        topics.publish(Topics.REQUESTS_EVENTS, created);
        String ownId = created.id() + "/request.received/" + journey.customerId;
        topics.publish(Topics.NOTIFICATIONS_EVENTS, event(journey.customerId, 1, new NotificationSent(ownId,
                journey.customerId, Channel.WHATSAPP, "request.received", "SM3")));
        String other = uniqueId("cus_");
        String otherId = "evt_" + UUID.randomUUID() + "/request.received/" + other;
        topics.publish(Topics.NOTIFICATIONS_EVENTS, event(other, 1, new NotificationSent(otherId, other, Channel.EMAIL,
                "request.received", "em-1")));
        awaitDetail(journey.requestId, 1, 1, 0);
        topics.awaitConsumed(GROUP, Topics.NOTIFICATIONS_EVENTS.name());

        // when staff filter by the request, and each customer lists theirs
        List<String> byRequest = ids(listAs(TestTokens.admin(), Map.of("requestId", journey.requestId)));
        Response asOwner = listAs(TestTokens.customer(journey.customerId), Map.of());

        // then the request's notification, linked to it; a customer sees their own only
        assertThat(byRequest).containsExactly(ownId);
        assertThat(asOwner.jsonPath().getList("items.notificationId", String.class)).containsExactly(ownId);
        assertThat(asOwner.jsonPath().getString("items[0].requestId")).isEqualTo(journey.requestId);
        assertThat(ids(listAs(TestTokens.customer(other), Map.of("requestId", journey.requestId)))).isEmpty();
        assertThat(ids(listAs(TestTokens.admin(), Map.of("recipientId", other, "channel", "EMAIL", "status", "SENT"))))
                .containsExactly(otherId);
        notificationAs(TestTokens.customer(other), ownId).then().statusCode(404).contentType("application/problem+json");
        listAs(TestTokens.customer(other), Map.of("recipientId", journey.customerId)).then().statusCode(400)
                .body("errors[0].field", equalTo("recipientId"));
    }

    @Test
    void bad_parameters_name_themselves_and_a_token_is_needed() {
        String admin = TestTokens.admin();
        listAs(admin, Map.of("channel", "PIGEON")).then().statusCode(400).body("errors[0].field", equalTo("channel"));
        listAs(admin, Map.of("status", "READ")).then().statusCode(400).body("errors[0].field", equalTo("status"));
        listAs(admin, Map.of("cursor", "x")).then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().when().get("/v1/notifications").then().statusCode(401).contentType("application/problem+json");
    }

    private CloudEvent<NotificationEvent> event(String recipient, long second, NotificationEvent data) {
        return CloudEvent.of(UUID.randomUUID().toString(), "notifier-worker", now.plusSeconds(second), recipient, data);
    }

    private static List<String> ids(Response answer) {
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        return answer.jsonPath().getList("items.notificationId", String.class);
    }

    private static Response listAs(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).when().get("/v1/notifications");
    }

    private static Response notificationAs(String token, String notificationId) {
        return given().auth().oauth2(token).when().get("/v1/notifications/" + notificationId);
    }
}
