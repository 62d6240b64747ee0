package dev.concierge.payments.simulated;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.concierge.payments.gateway.PaymentGateway;
import dev.concierge.payments.support.Checkouts;
import dev.concierge.payments.support.PaymentTopics;
import dev.concierge.payments.support.SimulatedGatewayResource;
import dev.concierge.payments.support.SimulatedGatewayTest;
import dev.concierge.payments.support.WebhookStandIn.Received;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.payments.PaymentCommand.RefundPayment;
import dev.concierge.schemas.payments.PaymentEvent.PaymentCaptured;
import dev.concierge.schemas.payments.PaymentEvent.PaymentLinkExpired;
import dev.concierge.schemas.payments.PaymentEvent.RefundFailed;
import dev.concierge.schemas.payments.PaymentEvent.RefundProcessed;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwtKeysResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/**
 * The simulated gateway's remaining webhooks, through the stand-in for ingest-api's endpoint:
 * {@code payment_link.expired} when an unpaid link's expiry passes, and {@code refund.failed} after the
 * dev/test control {@code POST /simulated/refunds/fail-next}.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(SimulatedGatewayResource.class)
@WithTestResource(JwtKeysResource.class)
class SimulatedExpiryAndRefundFailureTest extends SimulatedGatewayTest {

    @Inject
    PaymentGateway gateway;

    @Test
    void an_unpaid_link_past_its_expiry_gets_a_signed_payment_link_expired_and_one_payment_link_expired() {
        // given a link whose expiry passed unpaid
        String requestId = Checkouts.newRequestId();
        String linkId = linkFor(requestId, Instant.now().minusSeconds(30)).linkId();

        // when the gateway's expiry sweep runs (scheduled on the dev stack; called here)
        ((SimulatedGateway) gateway).announceExpiries();

        // then a payment_link.expired, signed and in Razorpay's shape, reached the ingest endpoint once
        Received expired = ingest.await(linkId, found -> !found.isEmpty()).get(0);
        assertThat(verifies(expired)).isTrue();
        JSONObject body = new JSONObject(expired.body());
        assertThat(body.getString("event")).isEqualTo("payment_link.expired");
        JSONObject link = body.getJSONObject("payload").getJSONObject("payment_link").getJSONObject("entity");
        assertThat(link.getString("id")).isEqualTo(linkId);
        assertThat(link.getString("status")).isEqualTo("expired");
        assertThat(link.getJSONObject("notes").getString("requestId")).isEqualTo(requestId);
        ((SimulatedGateway) gateway).announceExpiries();
        assertThat(ingest.about(linkId)).hasSize(1);

        // and stored by ingest-api it makes one PaymentLinkExpired, which reconciliation does not repeat
        deliverToWorker(expired);
        topics.awaitEvents(requestId, PaymentTopics.has(PaymentLinkExpired.class));
        given().auth().oauth2(TestTokens.admin()).when().post("/v1/reconcile").then().statusCode(200);
        topics.awaitConsumed(WEBHOOKS_GROUP, Topics.PAYMENTS_WEBHOOKS.name());
        assertThat(topics.eventsOf(requestId, PaymentLinkExpired.class)).containsExactly(new PaymentLinkExpired(requestId, linkId));
        given().when().get("/pay/" + linkId).then().statusCode(200).body(containsString(">expired</span>"));
    }

    @Test
    void an_expiry_refused_by_the_ingest_api_is_posted_again_by_the_next_sweep() {
        ((SimulatedGateway) gateway).announceExpiries(); // other tests' expired links first: the 503 is for this one
        String linkId = linkFor(Checkouts.newRequestId(), Instant.now().minusSeconds(30)).linkId();
        ingest.answerNext(503);

        ((SimulatedGateway) gateway).announceExpiries();
        ((SimulatedGateway) gateway).announceExpiries();

        List<Received> deliveries = ingest.await(linkId, found -> found.size() == 2);
        assertThat(deliveries.get(1)).isEqualTo(deliveries.get(0));
    }

    @Test
    void fail_next_makes_the_next_refund_fail_with_a_signed_refund_failed_and_the_one_after_succeed() {
        // given a paid link whose capture the worker recorded
        String requestId = Checkouts.newRequestId();
        String linkId = linkFor(requestId).linkId();
        String paymentId = paymentIdIn(given().when().post("/pay/" + linkId + "/pay").then().statusCode(200)
                .extract().asString());
        ingest.await(paymentId, found -> found.size() == 2).forEach(this::deliverToWorker);
        topics.awaitEvents(requestId, PaymentTopics.has(PaymentCaptured.class));

        // when the next refund is set to fail and a refund is asked for
        given().when().post("/simulated/refunds/fail-next").then().statusCode(200);
        topics.publish(Topics.PAYMENTS_COMMANDS, requestId, new RefundPayment(requestId, paymentId, Checkouts.TOTAL, "cancelled"));

        // then a signed refund.failed reaches the ingest endpoint, and stored by ingest-api makes one RefundFailed
        Received failed = ingest.await(paymentId, found -> found.stream().anyMatch(r -> r.body().contains("refund.failed")))
                .stream().filter(r -> r.body().contains("refund.failed")).findFirst().orElseThrow();
        assertThat(verifies(failed)).isTrue();
        JSONObject refund = new JSONObject(failed.body()).getJSONObject("payload").getJSONObject("refund").getJSONObject("entity");
        assertThat(refund.getString("status")).isEqualTo("failed");
        assertThat(refund.getString("payment_id")).isEqualTo(paymentId);
        deliverToWorker(failed);
        topics.awaitEvents(requestId, PaymentTopics.has(RefundFailed.class));
        RefundFailed refundFailed = topics.eventsOf(requestId, RefundFailed.class).get(0);
        assertThat(refundFailed.refundId()).isEqualTo(refund.getString("id"));
        assertThat(refundFailed.amount()).isEqualTo(Checkouts.TOTAL);
        assertThat(topics.eventsOf(requestId, RefundProcessed.class)).isEmpty();

        // and a retried refund (a new command) is processed: the failed one took no money
        topics.publish(Topics.PAYMENTS_COMMANDS, requestId, new RefundPayment(requestId, paymentId, Checkouts.TOTAL, "retry"));
        topics.awaitEvents(requestId, PaymentTopics.has(RefundProcessed.class));
        assertThat(topics.eventsOf(requestId, RefundFailed.class)).hasSize(1);
    }
}
