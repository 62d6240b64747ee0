package dev.concierge.payments.reconciliation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.payments.support.Checkouts;
import dev.concierge.payments.support.GatewayTest;
import dev.concierge.payments.support.RazorpayApiFake;
import dev.concierge.payments.support.RazorpayFakeResource;
import dev.concierge.payments.support.RazorpayWebhooks;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.payments.PaymentEvent.LedgerEntryRecorded;
import dev.concierge.schemas.payments.PaymentEvent.PaymentCaptured;
import dev.concierge.schemas.payments.PaymentEvent.PaymentLinkExpired;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwtKeysResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 5 against the Razorpay fake through the real SDK: reconciliation finds what the webhooks
 * missed and emits it through the webhooks' de-duplication, so neither a late webhook nor a second
 * run adds anything. Other tests' links share the database, so summaries are read for this test's links.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(RazorpayFakeResource.class)
@WithTestResource(JwtKeysResource.class)
class ReconciliationTest extends GatewayTest {

    @Test
    void a_capture_whose_webhook_never_came_is_found_and_neither_the_late_webhook_nor_a_second_run_adds_anything() {
        // given a link the customer paid at Razorpay, whose webhooks never arrived
        String requestId = Checkouts.newRequestId();
        String linkId = checkouts.linkFor(requestId, "cus_1").linkId();
        String paymentId = newId("pay");
        razorpay.payLink(linkId, paymentId, 134);

        // when an admin reconciles
        JsonPath summary = reconcile();

        // then the capture is found, with Razorpay's method, time and fee, its ledger entries and a receipt
        assertThat(summary.getInt("capturesFound")).isEqualTo(1);
        assertThat(summary.getList("errors", String.class)).noneMatch(error -> error.contains(linkId));
        PaymentCaptured captured = topics.eventsOf(requestId, PaymentCaptured.class).get(0);
        assertThat(captured).usingRecursiveComparison().ignoringFields("receiptUrl").isEqualTo(new PaymentCaptured(
                requestId, linkId, paymentId, Checkouts.TOTAL, "upi", Instant.ofEpochSecond(RazorpayApiFake.PAID_AT)));
        assertThat(topics.eventsOf(requestId, LedgerEntryRecorded.class))
                .anyMatch(entry -> entry.debitAccount().equals("gateway-fees") && entry.amount().amountMinor() == 134);
        given().when().get(captured.receiptUrl().replace("http://127.0.0.1:8084", "")).then().statusCode(200)
                .contentType("application/pdf");
        List<String> afterReconcile = eventIdsOf(requestId);

        // when the webhooks arrive late after all
        topics.publish(Topics.PAYMENTS_WEBHOOKS, linkId, RazorpayWebhooks.linkPaid(newId("evt"), linkId,
                razorpay.orderOf(linkId), paymentId, 5_700, 134L));
        topics.publish(Topics.PAYMENTS_WEBHOOKS, paymentId, RazorpayWebhooks.paymentCaptured(newId("evt"),
                razorpay.orderOf(linkId), paymentId, 5_700, 134L));
        topics.awaitConsumed(WEBHOOKS_GROUP, Topics.PAYMENTS_WEBHOOKS.name());
        // and an admin reconciles again
        JsonPath second = reconcile();

        // then nothing was added: one capture, the same facts as before
        assertThat(topics.eventsOf(requestId, PaymentCaptured.class)).hasSize(1);
        assertThat(eventIdsOf(requestId)).isEqualTo(afterReconcile);
        assertThat(second.getInt("capturesFound")).isZero();
    }

    @Test
    void a_capture_told_by_its_webhook_first_is_not_told_again_by_reconciliation() {
        // given a payment whose webhook came
        String requestId = Checkouts.newRequestId();
        String linkId = checkouts.linkFor(requestId, "cus_1").linkId();
        String paymentId = newId("pay");
        razorpay.payLink(linkId, paymentId, 134);
        topics.publish(Topics.PAYMENTS_WEBHOOKS, linkId, RazorpayWebhooks.linkPaid(newId("evt"), linkId,
                razorpay.orderOf(linkId), paymentId, 5_700, 134L));
        topics.awaitConsumed(WEBHOOKS_GROUP, Topics.PAYMENTS_WEBHOOKS.name());
        List<String> before = eventIdsOf(requestId);

        // when
        JsonPath summary = reconcile();

        // then
        assertThat(summary.getInt("capturesFound")).isZero();
        assertThat(eventIdsOf(requestId)).isEqualTo(before);
        assertThat(topics.eventsOf(requestId, PaymentCaptured.class)).hasSize(1);
    }

    @Test
    void an_expiry_whose_webhook_never_came_is_found_once() {
        // given a link Razorpay expired without its webhook reaching us
        String requestId = Checkouts.newRequestId();
        String linkId = checkouts.linkFor(requestId, "cus_1").linkId();
        razorpay.expireLink(linkId);

        // when reconciled, then the late webhook arrives, then reconciled again
        JsonPath first = reconcile();
        topics.publish(Topics.PAYMENTS_WEBHOOKS, linkId,
                RazorpayWebhooks.linkExpired(newId("evt"), linkId, razorpay.orderOf(linkId), 5_700));
        topics.awaitConsumed(WEBHOOKS_GROUP, Topics.PAYMENTS_WEBHOOKS.name());
        JsonPath second = reconcile();

        // then the expiry is told exactly once
        assertThat(first.getInt("expiriesFound")).isEqualTo(1);
        assertThat(second.getInt("expiriesFound")).isZero();
        assertThat(topics.eventsOf(requestId, PaymentLinkExpired.class)).containsExactly(new PaymentLinkExpired(requestId, linkId));
    }

    @Test
    void an_unpaid_link_is_checked_and_left_for_the_next_run() {
        String requestId = Checkouts.newRequestId();
        String linkId = checkouts.linkFor(requestId, "cus_1").linkId();
        int fetchesBefore = razorpay.calls("GET", "/v1/payment_links/" + linkId).size();

        reconcile();
        reconcile();

        // both runs asked Razorpay about it, and nothing was told
        assertThat(razorpay.calls("GET", "/v1/payment_links/" + linkId)).hasSize(fetchesBefore + 2);
        assertThat(topics.eventsOf(requestId, PaymentCaptured.class)).isEmpty();
        assertThat(topics.eventsOf(requestId, PaymentLinkExpired.class)).isEmpty();
    }

    @Test
    void only_admins_may_reconcile_and_refusals_are_problem_json() {
        given().when().post("/v1/reconcile").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthenticated"));
        for (String token : new String[] {TestTokens.customer("cus_1"), TestTokens.agent()}) {
            given().auth().oauth2(token).when().post("/v1/reconcile").then().statusCode(403)
                    .contentType("application/problem+json").body("type", equalTo("/problems/forbidden"));
        }
    }

    private static JsonPath reconcile() {
        return given().auth().oauth2(TestTokens.admin()).when().post("/v1/reconcile").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    private List<String> eventIdsOf(String requestId) {
        return topics.eventsOf(requestId).stream().map(CloudEvent::id).toList();
    }

}
