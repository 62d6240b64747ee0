package dev.concierge.projections.requests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.projections.support.Journey;
import dev.concierge.projections.support.ProjectionTopics;
import dev.concierge.projections.support.ReadModelTest;
import dev.concierge.projections.support.Waiting;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwksStandInResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 1 of issue #14 on the real broker and the Mongo-wire server: a journey's snapshots, facts
 * and chat messages become the request's document, timeline and conversation; redelivery and stale
 * snapshots change nothing; unknown fact types are kept; undecodable records are dead-lettered.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(JwksStandInResource.class)
class RequestProjectionTest extends ReadModelTest {

    @Test
    void a_full_journey_becomes_one_request_with_its_timeline_in_order_and_its_conversation() {
        // given a request's whole life on the topics
        Journey journey = journey(uniqueId("cus_"), uniqueId("agt_"), "medicines-health", "Dolo 650 tablet strip", 5);
        publishWholeJourney(journey);

        // when the read model has caught up
        JsonPath detail = awaitDetail(journey.requestId, 5, 9, 2);

        // then the snapshot is the newest one
        assertThat(detail.getString("request.status")).isEqualTo("DELIVERED");
        assertThat(detail.getString("request.customerId")).isEqualTo(journey.customerId);
        assertThat(detail.getString("request.enrichment.summary")).isEqualTo("Summary of Dolo 650 tablet strip");
        // the timeline has every fact in the order it happened, with who issued the commands behind them
        assertThat(detail.getList("timeline.type", String.class)).containsExactly(
                "concierge.request.created.v1", "concierge.request.agent-assigned.v1", "concierge.request.enriched.v1",
                "concierge.request.store-outreach-requested.v1", "concierge.request.store-quote-received.v1",
                "concierge.request.quote-sent.v1", "concierge.request.quote-accepted.v1",
                "concierge.request.payment-captured.v1", "concierge.request.delivered.v1");
        List<CloudEvent<?>> facts = List.copyOf(journey.facts());
        assertThat(detail.getList("timeline.eventId", String.class)).doesNotHaveDuplicates().hasSize(facts.size());
        Map<String, Object> quoteSent = detail.getMap("timeline[5]");
        assertThat(quoteSent).containsEntry("actorId", journey.agentId).containsEntry("actorRole", "agent");
        assertThat(detail.getString("timeline[5].data.description")).isEqualTo("Dolo 650, 15 tablets");
        assertThat(detail.getLong("timeline[5].data.total.amountMinor")).isEqualTo(5_700L);
        assertThat(detail.getString("timeline[3].data.message")).isEqualTo("Do you have Dolo 650 tablet strip?");
        assertThat(detail.getString("timeline[1].actorId")).isNull();
        assertThat(detail.getString("timeline[0].time")).isEqualTo(journey.createdAt.toString());
        // the conversation, oldest first, as written
        assertThat(detail.getList("messages.author", String.class)).containsExactly("CUSTOMER", "AGENT");
        assertThat(detail.getString("messages[0].channel")).isEqualTo("IN_APP");
        assertThat(detail.getString("messages[0].text")).isEqualTo("Dolo 650 tablet strip");
        assertThat(detail.getString("messages[0].attachments[0].mediaId")).isEqualTo("med_photo");
        assertThat(detail.getString("messages[1].authorId")).isEqualTo(journey.agentId);
        // outreach and quotes at a glance
        assertThat(detail.getString("outreach[0].storeId")).isEqualTo(Journey.STORE_ID);
        assertThat(detail.getString("quotes.fromStores[0].rawText")).isEqualTo("R7QK yes 32 rs");
        assertThat(detail.getBoolean("quotes.sent.accepted")).isTrue();
    }

    @Test
    void the_same_events_twice_and_an_older_snapshot_after_a_newer_one_change_nothing() {
        // given a journey the read model has taken in
        Journey journey = journey(uniqueId("cus_"), uniqueId("agt_"), "groceries", "Amul Taaza milk 1 l", 5);
        publishWholeJourney(journey);
        String before = awaitDetail(journey.requestId, 5, 9, 2).prettify();

        // when every record comes again (same event ids) and then an older snapshot
        for (CloudEvent<?> fact : journey.facts()) {
            topics.publish(Topics.REQUESTS_EVENTS, fact);
        }
        for (CloudEvent<?> message : journey.chat()) {
            topics.publish(Topics.CHAT_MESSAGES, message);
        }
        topics.publish(Topics.REQUESTS_STATE, journey.state(5, RequestStatus.DELIVERED));
        topics.publish(Topics.REQUESTS_STATE, journey.state(2, RequestStatus.SOURCING));
        topics.awaitConsumed(ProjectionTopics.EVENTS_GROUP, Topics.REQUESTS_EVENTS.name());
        topics.awaitConsumed(ProjectionTopics.CHAT_GROUP, Topics.CHAT_MESSAGES.name());
        topics.awaitConsumed(ProjectionTopics.STATE_GROUP, Topics.REQUESTS_STATE.name());

        // then the request reads exactly as before
        assertThat(detailAs(TestTokens.admin(), journey.requestId).jsonPath().prettify()).isEqualTo(before);
    }

    @Test
    void a_fact_of_a_type_this_build_does_not_know_is_kept_on_the_timeline() {
        // given a newer processor's fact (the contract grows additively), then a known one
        Journey journey = journey(uniqueId("cus_"), uniqueId("agt_"), "groceries", "Bread", 5);
        created(journey, RequestStatus.NEW);
        String newer = "{\"specversion\":\"1.0\",\"id\":\"evt-" + journey.requestId + "\",\"type\":"
                + "\"concierge.request.something-new.v1\",\"source\":\"request-stream-processor\",\"time\":\""
                + journey.at(1) + "\",\"subject\":\"" + journey.requestId + "\",\"datacontenttype\":\"application/json\","
                + "\"actorid\":\"" + journey.agentId + "\",\"actorrole\":\"agent\",\"data\":{\"requestId\":\""
                + journey.requestId + "\",\"what\":\"new\"}}";
        topics.publishBytes(Topics.REQUESTS_EVENTS.name(), journey.requestId, newer.getBytes(StandardCharsets.UTF_8));
        topics.publish(Topics.REQUESTS_EVENTS, journey.facts().get(0));

        // when the read model has taken both in
        JsonPath detail = awaitDetail(journey.requestId, 1, 2, 0);

        // then the unknown fact is on the timeline with its data and issuer, in time order
        assertThat(detail.getList("timeline.type", String.class)).containsExactly("concierge.request.created.v1",
                "concierge.request.something-new.v1");
        assertThat(detail.getString("timeline[1].data.what")).isEqualTo("new");
        assertThat(detail.getString("timeline[1].actorRole")).isEqualTo("agent");
    }

    @Test
    void an_undecodable_record_goes_to_the_dead_letter_topic_with_the_reason_and_the_next_is_applied() {
        // given a record that is not a CloudEvent, then a good fact of the same request
        Journey journey = journey(uniqueId("cus_"), uniqueId("agt_"), "groceries", "Eggs", 5);
        created(journey, RequestStatus.NEW);
        topics.publishBytes(Topics.REQUESTS_EVENTS.name(), journey.requestId,
                "{not json".getBytes(StandardCharsets.UTF_8));
        topics.publish(Topics.REQUESTS_EVENTS, journey.facts().get(0));

        // when the good fact has been applied
        awaitDetail(journey.requestId, 1, 1, 0);

        // then the bad record sits on requests.events.dlq with the reason in its headers (once per read model
        // that reads requests.events: each consumer group dead-letters what it cannot read)
        List<ConsumerRecord<String, byte[]>> dead = topics.records(Topics.REQUESTS_EVENTS.name() + ".dlq",
                journey.requestId);
        assertThat(dead).isNotEmpty().allSatisfy(record -> {
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
            assertThat(new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                    .contains("not valid JSON");
        });
    }

    @Test
    void read_receipts_mark_the_other_sides_messages_up_to_the_one_named_with_each_sides_earliest_read() {
        // given a conversation: the customer's message (second 0), then the agent's (second 2)
        Journey journey = journey(uniqueId("cus_"), uniqueId("agt_"), "groceries", "Amul butter 500 g", 5);
        publishWholeJourney(journey);
        awaitDetail(journey.requestId, 5, 9, 2);
        String customerMessage = "msg_1" + journey.requestId;
        String agentMessage = "msg_2" + journey.requestId;

        // when the agent reads the customer's message, the customer reads the agent's, and the customer's receipt
        // comes again (same event) and then once more, later (a new event)
        CloudEvent<?> customerRead = journey.read(Author.CUSTOMER, agentMessage, 4);
        topics.publish(Topics.CHAT_MESSAGES, journey.read(Author.AGENT, customerMessage, 3));
        topics.publish(Topics.CHAT_MESSAGES, customerRead);
        topics.publish(Topics.CHAT_MESSAGES, customerRead);
        topics.publish(Topics.CHAT_MESSAGES, journey.read(Author.CUSTOMER, agentMessage, 9));
        topics.awaitConsumed(ProjectionTopics.CHAT_GROUP, Topics.CHAT_MESSAGES.name());

        // then each message shows when the other side first read it, and nothing for its own side
        JsonPath detail = detailAs(TestTokens.customer(journey.customerId), journey.requestId).jsonPath();
        assertThat(detail.getString("messages[0].readByStaffAt")).isEqualTo(journey.at(3).toString());
        assertThat(detail.getString("messages[0].readByCustomerAt")).isNull();
        assertThat(detail.getString("messages[1].readByCustomerAt")).isEqualTo(journey.at(4).toString());
        assertThat(detail.getString("messages[1].readByStaffAt")).isNull();
    }

    @Test
    void a_receipt_that_comes_before_the_message_it_names_is_applied_when_the_message_arrives() {
        // given a conversation the customer has not read
        Journey journey = journey(uniqueId("cus_"), uniqueId("agt_"), "groceries", "Brown bread", 5);
        publishWholeJourney(journey);
        awaitDetail(journey.requestId, 5, 9, 2);

        // when the customer's receipt for a third message arrives before that message (as topics may interleave
        // in a replay), and a customer's receipt for their own first message marks nothing of theirs
        topics.publish(Topics.CHAT_MESSAGES, journey.read(Author.CUSTOMER, "msg_3" + journey.requestId, 8));
        topics.publish(Topics.CHAT_MESSAGES, journey.read(Author.CUSTOMER, "msg_1" + journey.requestId, 7));
        topics.awaitConsumed(ProjectionTopics.CHAT_GROUP, Topics.CHAT_MESSAGES.name());
        assertThat(detailAs(TestTokens.admin(), journey.requestId).jsonPath().getString("messages[1].readByCustomerAt"))
                .isNull();
        topics.publish(Topics.CHAT_MESSAGES, journey.agentMessage("msg_3" + journey.requestId, "Only 200 g packs", 6));

        // then the third message and the agent's earlier one are read from the receipt's time (the message is
        // appended first and the waiting receipt applied after it, so the read may see the message unread for a moment)
        awaitDetail(journey.requestId, 5, 9, 3);
        Waiting.until("the receipt applied to the third message", () -> detailAs(TestTokens.admin(), journey.requestId)
                .jsonPath().getString("messages[2].readByCustomerAt") != null);
        JsonPath detail = detailAs(TestTokens.admin(), journey.requestId).jsonPath();
        assertThat(detail.getList("messages.readByCustomerAt", String.class))
                .containsExactly(null, journey.at(8).toString(), journey.at(8).toString());
    }
}
