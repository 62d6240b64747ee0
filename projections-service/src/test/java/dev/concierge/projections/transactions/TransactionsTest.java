package dev.concierge.projections.transactions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.projections.support.Journey;
import dev.concierge.projections.support.ProjectionTopics;
import dev.concierge.projections.support.ReadModelTest;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwksStandInResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code payments.events} as the transactions list, on the real broker and the Mongo-wire server. */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(JwksStandInResource.class)
class TransactionsTest extends ReadModelTest {

    @Test
    void a_paid_requests_payment_facts_become_its_transactions_once_however_often_they_come() {
        // given a paid request's payment facts, delivered twice
        Journey journey = paid(uniqueId("cus_"));
        journey.paymentFacts().forEach(fact -> topics.publish(Topics.PAYMENTS_EVENTS, fact));
        topics.awaitConsumed(ProjectionTopics.TRANSACTIONS_GROUP, Topics.PAYMENTS_EVENTS.name());

        // when staff list the request's transactions
        JsonPath list = list(TestTokens.admin(), "requestId", journey.requestId);

        // then there is one per fact, newest first, with ids, amounts, receipt and ledger references
        assertThat(list.getList("items.type", String.class)).hasSize(4).containsExactlyInAnyOrder(
                "LedgerEntryRecorded", "LedgerEntryRecorded", "PaymentCaptured", "PaymentLinkCreated");
        assertThat(list.getString("items[3].type")).isEqualTo("PaymentLinkCreated");
        JsonPath capture = list(TestTokens.admin(), "type", "PaymentCaptured", "requestId", journey.requestId);
        assertThat(capture.getString("items[0].paymentId")).isEqualTo("pay_" + journey.requestId);
        assertThat(capture.getLong("items[0].amountMinor")).isEqualTo(5_700);
        assertThat(capture.getString("items[0].currency")).isEqualTo("INR");
        assertThat(capture.getString("items[0].receiptUrl")).contains("/v1/receipts/pay_" + journey.requestId);
        JsonPath ledger = list(TestTokens.admin(), "type", "LedgerEntryRecorded", "requestId", journey.requestId);
        assertThat(ledger.getList("items.reference", String.class)).containsOnly("pay_" + journey.requestId);
        assertThat(ledger.getList("items.debitAccount", String.class)).contains("gateway-clearing");
        assertThat(list.getString("nextCursor")).isNull();
    }

    @Test
    void a_customer_sees_the_transactions_of_their_own_requests_only() {
        // given two customers' paid requests
        Journey mine = paid(uniqueId("cus_"));
        Journey theirs = paid(uniqueId("cus_"));

        // then each customer lists their own; naming another customer is refused; staff may filter by customer
        assertThat(list(TestTokens.customer(mine.customerId)).getList("items.requestId", String.class))
                .hasSize(4).containsOnly(mine.requestId);
        given().auth().oauth2(TestTokens.customer(mine.customerId)).queryParam("customerId", theirs.customerId)
                .when().get("/v1/transactions").then().statusCode(400).body("errors[0].field", equalTo("customerId"));
        assertThat(list(TestTokens.agent(), "customerId", theirs.customerId).getList("items.requestId", String.class))
                .hasSize(4).containsOnly(theirs.requestId);
    }

    @Test
    void pages_follow_each_other_without_repeats_or_gaps_and_bad_parameters_are_named() {
        Journey journey = paid(uniqueId("cus_"));
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = cursor == null ? list(TestTokens.admin(), "requestId", journey.requestId, "limit", "3")
                    : list(TestTokens.admin(), "requestId", journey.requestId, "limit", "3", "cursor", cursor);
            seen.addAll(page.getList("items.eventId", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(seen).hasSize(4).doesNotHaveDuplicates();

        given().auth().oauth2(TestTokens.admin()).queryParam("type", "Bogus").when().get("/v1/transactions")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("type"));
        given().auth().oauth2(TestTokens.admin()).queryParam("from", "yesterday").when().get("/v1/transactions")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().when().get("/v1/transactions").then().statusCode(401);
    }

    /** A request the analytics know the customer of, with its payment facts taken in. */
    private Journey paid(String customerId) {
        Journey journey = journey(customerId, uniqueId("agt_"), "groceries", "Amul butter 500 g", 10);
        topics.publish(Topics.REQUESTS_EVENTS, journey.facts().get(0));
        journey.paymentFacts().forEach(fact -> topics.publish(Topics.PAYMENTS_EVENTS, fact));
        topics.awaitConsumed(ProjectionTopics.ANALYTICS_EVENTS_GROUP, Topics.REQUESTS_EVENTS.name());
        topics.awaitConsumed(ProjectionTopics.TRANSACTIONS_GROUP, Topics.PAYMENTS_EVENTS.name());
        return journey;
    }

    private static JsonPath list(String token, String... parameters) {
        var request = given().auth().oauth2(token);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.when().get("/v1/transactions").then().statusCode(200).extract().jsonPath();
    }
}
