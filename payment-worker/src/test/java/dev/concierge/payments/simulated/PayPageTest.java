package dev.concierge.payments.simulated;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.concierge.payments.application.GatewayNotice;
import dev.concierge.payments.razorpay.RazorpayWebhookParser;
import dev.concierge.payments.support.Checkouts;
import dev.concierge.payments.support.PaymentTopics;
import dev.concierge.payments.support.SimulatedGatewayResource;
import dev.concierge.payments.support.SimulatedGatewayTest;
import dev.concierge.payments.support.WebhookStandIn.Received;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.payments.PaymentCommand.CancelPaymentLink;
import dev.concierge.schemas.payments.PaymentCommand.RefundPayment;
import dev.concierge.schemas.payments.PaymentEvent.PaymentCaptured;
import dev.concierge.schemas.payments.PaymentEvent.PaymentFailed;
import dev.concierge.schemas.payments.PaymentEvent.PaymentLinkCancelled;
import dev.concierge.schemas.payments.PaymentEvent.PaymentLinkCreated;
import dev.concierge.schemas.payments.PaymentEvent.RefundProcessed;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/**
 * The simulated gateway end to end: CreatePaymentLink → a pay-page URL → Pay on the page → webhooks
 * signed like Razorpay's reach a stand-in for ingest-api's endpoint → stored as ingest-api stores
 * them, part 1's webhook handling makes exactly one PaymentCaptured.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(SimulatedGatewayResource.class)
class PayPageTest extends SimulatedGatewayTest {

    @Test
    void readiness_names_the_gateway_as_simulated() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'payment gateway' }.data.gateway", equalTo("simulated"));
    }

    @Test
    void a_create_payment_link_delivered_three_times_makes_one_link_whose_url_is_its_pay_page() {
        // given one command, redelivered as the connector would (the same record bytes three times)
        String requestId = Checkouts.newRequestId();
        byte[] command = topics.envelope(UUID.randomUUID().toString(), requestId,
                Checkouts.command(requestId, 1, "cus_1", Instant.now().plusSeconds(3_600)));

        // when
        for (int delivery = 0; delivery < 3; delivery++) {
            topics.publishBytes(Topics.PAYMENTS_COMMANDS.name(), requestId, command);
        }
        topics.awaitConsumed(COMMANDS_GROUP, Topics.PAYMENTS_COMMANDS.name());

        // then every answer names one link, in Razorpay's id form, paid on this service's page
        List<PaymentLinkCreated> created = topics.eventsOf(requestId, PaymentLinkCreated.class);
        assertThat(created).isNotEmpty().extracting(PaymentLinkCreated::linkId).containsOnly(created.get(0).linkId());
        String linkId = created.get(0).linkId();
        assertThat(linkId).matches("plink_[A-Za-z0-9]{14}");
        assertThat(created.get(0).url()).isEqualTo(SimulatedGatewayResource.PUBLIC_BASE_URL + "/pay/" + linkId);
        assertThat(created.get(0).amount()).isEqualTo(Checkouts.TOTAL);
    }

    @Test
    void the_pay_page_shows_the_amount_in_rupees_the_description_and_pay_and_fail_buttons() {
        String linkId = linkFor(Checkouts.newRequestId()).linkId();

        given().when().get("/pay/" + linkId).then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("name=\"viewport\""))
                .body(containsString("₹57.00"))
                .body(containsString("Dolo 650 and delivery"))
                .body(containsString("action=\"/pay/" + linkId + "/pay\""))
                .body(containsString("action=\"/pay/" + linkId + "/fail\""))
                .body(containsString(">created</span>"));
    }

    @Test
    void pay_posts_signed_razorpay_webhooks_that_make_exactly_one_payment_captured_even_when_paid_twice() {
        // given a link
        String requestId = Checkouts.newRequestId();
        String linkId = linkFor(requestId).linkId();

        // when the customer clicks Pay (the form posts as a browser does: urlencoded, no fields)
        String page = given().contentType("application/x-www-form-urlencoded").body("")
                .when().post("/pay/" + linkId + "/pay").then().statusCode(200)
                .body(containsString(">paid</span>")).body(containsString("captured"))
                .body(containsString("payment.captured: HTTP 200")).body(containsString("payment_link.paid: HTTP 200"))
                .body(not(containsString("id=\"pay\""))).extract().asString();

        // then two webhooks about that payment reached the ingest endpoint, each signed over its exact bytes
        List<Received> first = ingest.await(paymentIdIn(page), found -> found.size() == 2);
        for (Received delivery : first) {
            assertThat(verifies(delivery)).as("signature of %s", delivery.body()).isTrue();
            assertThat(delivery.contentType()).isEqualTo("application/json");
            assertThat(delivery.eventId()).matches("evt_[A-Za-z0-9]{14}");
        }
        JSONObject captured = event(first, "payment.captured");
        JSONObject linkPaid = event(first, "payment_link.paid");
        JSONObject payment = captured.getJSONObject("payload").getJSONObject("payment").getJSONObject("entity");
        JSONObject link = linkPaid.getJSONObject("payload").getJSONObject("payment_link").getJSONObject("entity");
        String paymentId = payment.getString("id");
        // and they have Razorpay's shapes
        assertThat(captured.getString("entity")).isEqualTo("event");
        assertThat(captured.getJSONArray("contains").toList()).containsExactly("payment");
        assertThat(linkPaid.getJSONArray("contains").toList()).containsExactly("payment_link", "order", "payment");
        assertThat(paymentId).matches("pay_[A-Za-z0-9]{14}");
        assertThat(payment.getLong("amount")).isEqualTo(5_700);
        assertThat(payment.getString("currency")).isEqualTo("INR");
        assertThat(payment.getString("status")).isEqualTo("captured");
        assertThat(payment.getString("order_id")).isEqualTo(link.getString("order_id")).startsWith("order_");
        assertThat(link.getString("id")).isEqualTo(linkId);
        assertThat(link.getString("status")).isEqualTo("paid");
        assertThat(link.getLong("amount_paid")).isEqualTo(5_700);
        assertThat(link.getJSONObject("notes").getString("requestId")).isEqualTo(requestId);
        assertThat(linkPaid.getJSONObject("payload").getJSONObject("payment").getJSONObject("entity").getString("id"))
                .isEqualTo(paymentId);
        // which part 1's parser reads as payments of this link
        for (Received delivery : first) {
            GatewayNotice notice = RazorpayWebhookParser.parse(asIngestStoresIt(delivery));
            assertThat(notice.kind()).isEqualTo(GatewayNotice.Kind.PAID);
            assertThat(notice.paymentId()).isEqualTo(paymentId);
            assertThat(notice.amount()).isEqualTo(Checkouts.TOTAL);
        }

        // when ingest-api stores both and the worker reads them
        first.forEach(this::deliverToWorker);
        topics.awaitEvents(requestId, PaymentTopics.has(PaymentCaptured.class));

        // and the customer clicks Pay again
        given().when().post("/pay/" + linkId + "/pay").then().statusCode(200)
                .body(containsString("already paid")).body(containsString(paymentId));
        List<Received> all = ingest.await(paymentId, found -> found.size() == 4);
        all.subList(2, 4).forEach(this::deliverToWorker);
        topics.awaitConsumed(WEBHOOKS_GROUP, Topics.PAYMENTS_WEBHOOKS.name());

        // then the second click sent the same bytes (no second payment), and there is exactly one capture
        assertThat(all.subList(2, 4)).isEqualTo(first);
        assertThat(topics.eventsOf(requestId, PaymentCaptured.class)).singleElement().usingRecursiveComparison()
                .ignoringFields("receiptUrl").isEqualTo(new PaymentCaptured(requestId, linkId, paymentId, Checkouts.TOTAL,
                        "upi", Instant.ofEpochSecond(captured.getLong("created_at"))));
        given().when().get("/pay/" + linkId).then().statusCode(200)
                .body(containsString(">paid</span>")).body(not(containsString("id=\"pay\"")));
    }

    @Test
    void fail_posts_a_signed_payment_failed_that_makes_payment_failed_and_the_link_stays_payable() {
        // given
        String requestId = Checkouts.newRequestId();
        String linkId = linkFor(requestId).linkId();

        // when
        String page = given().when().post("/pay/" + linkId + "/fail").then().statusCode(200)
                .body(containsString("failed; the link can still be paid"))
                .body(containsString(">created</span>")).body(containsString("id=\"pay\"")).extract().asString();

        // then
        Received failed = ingest.await(paymentIdIn(page), found -> found.size() == 1).get(0);
        assertThat(verifies(failed)).isTrue();
        JSONObject body = new JSONObject(failed.body());
        assertThat(body.getString("event")).isEqualTo("payment.failed");
        String paymentId = body.getJSONObject("payload").getJSONObject("payment").getJSONObject("entity").getString("id");
        deliverToWorker(failed);
        topics.awaitEvents(requestId, PaymentTopics.has(PaymentFailed.class));
        assertThat(topics.eventsOf(requestId, PaymentFailed.class)).singleElement().isEqualTo(new PaymentFailed(
                requestId, linkId, paymentId, "Payment was declined by the customer on the simulated pay page"));
    }

    @Test
    void a_refund_is_processed_once_and_announced_by_a_signed_refund_processed_webhook() {
        // given a paid link whose capture the worker recorded
        String requestId = Checkouts.newRequestId();
        String linkId = linkFor(requestId).linkId();
        String page = given().when().post("/pay/" + linkId + "/pay").then().statusCode(200).extract().asString();
        ingest.await(paymentIdIn(page), found -> found.size() == 2).forEach(this::deliverToWorker);
        String paymentId = ((PaymentCaptured) topics.awaitEvents(requestId, PaymentTopics.has(PaymentCaptured.class))
                .stream().filter(PaymentCaptured.class::isInstance).findFirst().orElseThrow()).paymentId();

        // when
        topics.publish(Topics.PAYMENTS_COMMANDS, requestId, new RefundPayment(requestId, paymentId, Checkouts.TOTAL, "cancelled"));

        // then the refund is processed, and its webhook verifies and names the refund
        topics.awaitEvents(requestId, PaymentTopics.has(RefundProcessed.class));
        Received refund = ingest.await(paymentId, found -> found.stream().anyMatch(r -> r.body().contains("refund.processed")))
                .stream().filter(r -> r.body().contains("refund.processed")).findFirst().orElseThrow();
        assertThat(verifies(refund)).isTrue();
        JSONObject entity = new JSONObject(refund.body()).getJSONObject("payload").getJSONObject("refund").getJSONObject("entity");
        RefundProcessed processed = topics.eventsOf(requestId, RefundProcessed.class).get(0);
        assertThat(entity.getString("id")).isEqualTo(processed.refundId());
        assertThat(entity.getString("payment_id")).isEqualTo(paymentId);
        assertThat(entity.getLong("amount")).isEqualTo(5_700);

        // and the webhook, stored by ingest-api, adds no second refund
        deliverToWorker(refund);
        topics.awaitConsumed(WEBHOOKS_GROUP, Topics.PAYMENTS_WEBHOOKS.name());
        assertThat(topics.eventsOf(requestId, RefundProcessed.class)).hasSize(1);
    }

    @Test
    void a_cancelled_link_says_so_on_its_page_and_takes_no_payment() {
        // given
        String requestId = Checkouts.newRequestId();
        String linkId = linkFor(requestId).linkId();

        // when
        topics.publish(Topics.PAYMENTS_COMMANDS, requestId, new CancelPaymentLink(requestId, linkId, "request cancelled"));
        topics.awaitEvents(requestId, PaymentTopics.has(PaymentLinkCancelled.class));

        // then
        given().when().get("/pay/" + linkId).then().statusCode(200)
                .body(containsString(">cancelled</span>")).body(not(containsString("id=\"pay\"")));
        given().when().post("/pay/" + linkId + "/pay").then().statusCode(200)
                .body(containsString("This link is cancelled: nothing was charged.")).body(not(containsString("pay_")));
        assertThat(ingest.about(linkId)).isEmpty();
    }

    @Test
    void a_link_past_its_expiry_shows_expired_and_takes_no_payment() {
        String linkId = linkFor(Checkouts.newRequestId(), Instant.now().minusSeconds(60)).linkId();

        given().when().get("/pay/" + linkId).then().statusCode(200)
                .body(containsString(">expired</span>")).body(not(containsString("id=\"pay\"")));
        given().when().post("/pay/" + linkId + "/pay").then().statusCode(200)
                .body(containsString("This link is expired: nothing was charged.")).body(not(containsString("pay_")));
        assertThat(ingest.about(linkId)).isEmpty();
    }

    @Test
    void a_webhook_the_ingest_api_refused_shows_on_the_page_and_paying_again_delivers_the_same_bytes() {
        // given the ingest API answers 503 to the first delivery
        String linkId = linkFor(Checkouts.newRequestId()).linkId();
        ingest.answerNext(503);

        // when
        String page = given().when().post("/pay/" + linkId + "/pay").then().statusCode(200)
                .body(containsString("payment.captured: HTTP 503")).extract().asString();
        given().when().post("/pay/" + linkId + "/pay").then().statusCode(200)
                .body(containsString("payment.captured: HTTP 200"));

        // then the refused body was sent again, unchanged
        List<Received> deliveries = ingest.await(paymentIdIn(page), found -> found.size() == 4);
        assertThat(deliveries.get(2)).isEqualTo(deliveries.get(0));
    }

    @Test
    void an_unknown_link_has_no_pay_page() {
        given().when().get("/pay/plink_doesnotexist01").then().statusCode(404);
        given().when().post("/pay/plink_doesnotexist01/pay").then().statusCode(404);
    }

    private static JSONObject event(List<Received> deliveries, String name) {
        return deliveries.stream().map(r -> new JSONObject(r.body())).filter(b -> name.equals(b.getString("event")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " among " + deliveries));
    }
}
