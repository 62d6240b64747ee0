package dev.concierge.notifications.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.notifications.support.NotifierTest;
import dev.concierge.notifications.support.OutboxTestResource;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.GeoPoint;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationSent;
import dev.concierge.schemas.outreach.OutreachCommand.ContactStores;
import dev.concierge.schemas.stores.StoreEvent.StoreRegistered;
import dev.concierge.schemas.stores.StoreInbound.StoreMessageReceived;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 7 (the notifier's half): ContactStores for three stores is three WhatsApp messages with
 * the reply code and the request's photo as a signed link that answers without a token; a store
 * that wrote to us in the last 24 hours gets free text with the photo attached, the others the
 * approved outreach template.
 */
@QuarkusTest
@WithTestResource(value = ConciergeTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OutboxTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StoreOutreachTest extends NotifierTest {

    private static final Pattern LINK = Pattern.compile("http\\S+/v1/media/\\S+");

    @Test
    void contact_stores_for_three_stores_sends_three_whatsapps_with_the_reply_code_and_a_fetchable_media_link() {
        List<String> stores = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            phones.add(newPhone());
            stores.add(registeredStore(phones.get(i)));
        }
        // the first store wrote to us a minute ago: its window is open
        publish(Topics.STORES_INBOUND, stores.get(0), new StoreMessageReceived(stores.get(0), phones.get(0),
                "namaste", List.of(), newId("SM")));
        await("the first store's window", () -> windows.isOpen(stores.get(0), Instant.now()), open -> open);
        String requestId = newId("req");
        String code = "BX" + (10 + (int) (Math.random() * 89));
        String mediaId = newId("med");

        String eventId = publish(Topics.OUTREACH_COMMANDS, requestId, new ContactStores(requestId, stores,
                "A customer nearby is looking for Amul butter 500 g. Reply \"" + code + " YES <price>\" or \""
                        + code + " NO\".", List.of(new Attachment(mediaId, null, "image/jpeg")), code));

        for (String store : stores) {
            NotificationSent sent = awaitEvent(store, NotificationSent.class,
                    event -> event.notificationId().equals(eventId + "/" + store));
            assertThat(sent.channel()).isEqualTo(Channel.WHATSAPP);
            assertThat(sent.templateId()).isEqualTo("store.outreach");
        }
        JsonNode inWindow = awaitOutboxMessages("whatsapp:" + phones.get(0), 1).get(0);
        assertThat(inWindow.path("body").asText()).contains(code);
        assertThat(inWindow.has("template")).isFalse();
        // the outbox downloads each MediaUrl without credentials, as Twilio does
        JsonNode fetched = await("the outbox to fetch the photo", () -> outboxMessage(inWindow.path("id").asText()),
                message -> message.path("media").path(0).has("fetchStatus"));
        assertThat(fetched.path("media").path(0).path("fetchStatus").asInt()).isEqualTo(200);
        assertThat(fetched.path("media").path(0).path("url").asText()).contains("/v1/media/" + mediaId + "/public?");

        for (String phone : phones.subList(1, 3)) {
            JsonNode outside = awaitOutboxMessages("whatsapp:" + phone, 1).get(0);
            List<String> variables = StreamSupport.stream(outside.path("template").path("variables").spliterator(),
                    false).map(JsonNode::asText).toList();
            assertThat(outside.path("template").path("contentSid").asText()).startsWith("HX");
            assertThat(variables).anyMatch(value -> value.contains(code));
            String link = variables.stream().map(LINK::matcher).filter(Matcher::find).map(Matcher::group)
                    .findFirst().orElseThrow();
            assertThat(link).contains("/v1/media/" + mediaId + "/public?");
            assertThat(get(link).statusCode()).as("the signed link, without a token").isEqualTo(200);
            assertThat(get(link.replace("signature=", "signature=x")).statusCode()).as("a tampered link")
                    .isEqualTo(403);
        }
    }

    private String registeredStore(String phone) {
        String store = newId("sto");
        publish(Topics.STORES_EVENTS, store, new StoreRegistered(store, "Sharma Stores", phone,
                new Address("12 MG Road", null, null, "Bengaluru", "560001", new GeoPoint(12.97, 77.59)),
                List.of("grocery"), List.of(), null));
        await("the directory to know " + store, () -> directory.find(store), Optional::isPresent);
        return store;
    }

    private static JsonNode outboxMessage(String id) {
        return getJson(OutboxTestResource.outboxUrl() + "/api/messages/" + id);
    }
}
