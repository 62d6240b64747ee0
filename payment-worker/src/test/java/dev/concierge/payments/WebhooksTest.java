package dev.concierge.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.payments.support.Checkouts;
import dev.concierge.payments.support.GatewayTest;
import dev.concierge.payments.support.PaymentTopics;
import dev.concierge.payments.support.RazorpayFakeResource;
import dev.concierge.payments.support.RazorpayWebhooks;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.payments.PaymentEvent.PaymentAmountMismatch;
import dev.concierge.schemas.payments.PaymentEvent.PaymentCaptured;
import dev.concierge.schemas.payments.PaymentEvent.PaymentFailed;
import dev.concierge.schemas.payments.PaymentEvent.PaymentLinkExpired;
import dev.concierge.schemas.payments.PaymentWebhook.RazorpayWebhookReceived;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** payments.webhooks (as ingest-api stores them) → de-duplicated payment facts on payments.events. */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(RazorpayFakeResource.class)
class WebhooksTest extends GatewayTest {

    @Test
    void the_same_webhook_five_times_the_payments_own_capture_and_a_failure_after_it_make_exactly_one_payment_captured() {
        // given a link for a request
        String requestId = Checkouts.newRequestId();
        String linkId = checkouts.linkFor(requestId, "cus_1").linkId();
        String orderId = razorpay.orderOf(linkId);
        String paymentId = newId("pay");

        // when payment_link.paid arrives five times, payment.captured of the same payment, then a late payment.failed
        RazorpayWebhookReceived paid = RazorpayWebhooks.linkPaid(newId("evt"), linkId, orderId, paymentId, 5_700, 134L);
        for (int delivery = 0; delivery < 5; delivery++) {
            topics.publish(Topics.PAYMENTS_WEBHOOKS, linkId, paid);
        }
        topics.publish(Topics.PAYMENTS_WEBHOOKS, paymentId,
                RazorpayWebhooks.paymentCaptured(newId("evt"), orderId, paymentId, 5_700, 134L));
        topics.publish(Topics.PAYMENTS_WEBHOOKS, paymentId,
                RazorpayWebhooks.paymentFailed(newId("evt"), orderId, paymentId, 5_700));
        topics.awaitConsumed(WEBHOOKS_GROUP, Topics.PAYMENTS_WEBHOOKS.name());

        // then exactly one capture, of the link's amount, with the gateway's method and time and a receipt link
        PaymentCaptured captured = topics.eventsOf(requestId, PaymentCaptured.class).get(0);
        assertThat(topics.eventsOf(requestId, PaymentCaptured.class)).singleElement().usingRecursiveComparison()
                .ignoringFields("receiptUrl").isEqualTo(new PaymentCaptured(
                        requestId, linkId, paymentId, Checkouts.TOTAL, "upi", Instant.ofEpochSecond(1_764_500_300L)));
        assertThat(captured.receiptUrl()).startsWith("http://127.0.0.1:8084/v1/receipts/" + paymentId + "?expires=");
        assertThat(topics.eventsOf(requestId, PaymentFailed.class)).isEmpty();
    }

    @Test
    void a_failed_payment_is_reported_once_by_its_order() {
        // given
        String requestId = Checkouts.newRequestId();
        String linkId = checkouts.linkFor(requestId, "cus_1").linkId();
        String paymentId = newId("pay");
        RazorpayWebhookReceived failed = RazorpayWebhooks.paymentFailed(newId("evt"), razorpay.orderOf(linkId), paymentId, 5_700);

        // when it arrives twice
        topics.publish(Topics.PAYMENTS_WEBHOOKS, paymentId, failed);
        topics.publish(Topics.PAYMENTS_WEBHOOKS, paymentId, failed);
        topics.awaitConsumed(WEBHOOKS_GROUP, Topics.PAYMENTS_WEBHOOKS.name());

        // then
        assertThat(topics.eventsOf(requestId, PaymentFailed.class)).singleElement()
                .isEqualTo(new PaymentFailed(requestId, linkId, paymentId, "Payment was declined by the bank"));
    }

    @Test
    void a_payment_of_another_amount_than_the_links_is_an_amount_mismatch_and_not_a_capture() {
        // given a ₹57 link
        String requestId = Checkouts.newRequestId();
        String linkId = checkouts.linkFor(requestId, "cus_1").linkId();
        String paymentId = newId("pay");

        // when Razorpay reports ₹50 paid on it
        topics.publish(Topics.PAYMENTS_WEBHOOKS, linkId,
                RazorpayWebhooks.linkPaid(newId("evt"), linkId, razorpay.orderOf(linkId), paymentId, 5_000, null));
        topics.awaitEvents(requestId, PaymentTopics.has(PaymentAmountMismatch.class));
        topics.awaitConsumed(WEBHOOKS_GROUP, Topics.PAYMENTS_WEBHOOKS.name());

        // then an alert naming both amounts, and no capture
        assertThat(topics.eventsOf(requestId, PaymentAmountMismatch.class)).singleElement().isEqualTo(
                new PaymentAmountMismatch(requestId, linkId, paymentId, Checkouts.TOTAL, Money.inr(5_000)));
        assertThat(topics.eventsOf(requestId, PaymentCaptured.class)).isEmpty();
    }

    @Test
    void an_expired_link_is_reported_once_for_its_request() {
        // given
        String requestId = Checkouts.newRequestId();
        String linkId = checkouts.linkFor(requestId, "cus_1").linkId();

        // when the expiry arrives twice under different event ids
        topics.publish(Topics.PAYMENTS_WEBHOOKS, linkId,
                RazorpayWebhooks.linkExpired(newId("evt"), linkId, razorpay.orderOf(linkId), 5_700));
        topics.publish(Topics.PAYMENTS_WEBHOOKS, linkId,
                RazorpayWebhooks.linkExpired(newId("evt"), linkId, razorpay.orderOf(linkId), 5_700));
        topics.awaitConsumed(WEBHOOKS_GROUP, Topics.PAYMENTS_WEBHOOKS.name());

        // then
        assertThat(topics.eventsOf(requestId, PaymentLinkExpired.class)).containsExactly(new PaymentLinkExpired(requestId, linkId));
    }

    @Test
    void a_webhook_about_a_link_never_created_here_goes_to_the_dead_letter_topic_with_its_reason() {
        // given a payment on a link this worker does not know
        String linkId = newId("plink");

        // when
        topics.publish(Topics.PAYMENTS_WEBHOOKS, linkId,
                RazorpayWebhooks.linkPaid(newId("evt"), linkId, newId("order"), newId("pay"), 5_700, null));

        // then
        ConsumerRecord<String, byte[]> letter = topics.awaitRecords(Topics.PAYMENTS_WEBHOOKS.dlqName(), linkId).get(0);
        assertThat(PaymentTopics.header(letter, "dead-letter-reason")).contains(linkId).contains("not created here");
    }

}
