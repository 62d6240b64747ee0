package dev.concierge.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.payments.application.LinkReference;
import dev.concierge.payments.support.Checkouts;
import dev.concierge.payments.support.GatewayTest;
import dev.concierge.payments.support.PaymentTopics;
import dev.concierge.payments.support.RazorpayFakeResource;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.customers.CustomerEvent.CustomerRegistered;
import dev.concierge.schemas.payments.PaymentCommand.CancelPaymentLink;
import dev.concierge.schemas.payments.PaymentCommand.CreatePaymentLink;
import dev.concierge.schemas.payments.PaymentCommand.RefundPayment;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.schemas.payments.PaymentEvent.PaymentCommandRejected;
import dev.concierge.schemas.payments.PaymentEvent.PaymentLinkCancelled;
import dev.concierge.schemas.payments.PaymentEvent.PaymentLinkCreated;
import dev.concierge.schemas.payments.PaymentEvent.RefundFailed;
import dev.concierge.schemas.payments.PaymentEvent.RefundProcessed;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** payments.commands → the real Razorpay SDK → the Razorpay fake → payments.events, on the test kit's broker and MongoDB. */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(RazorpayFakeResource.class)
class PaymentCommandsTest extends GatewayTest {

    @Test
    void the_same_create_payment_link_delivered_three_times_makes_one_link_and_a_re_accept_makes_a_second() {
        // given one command, as the connector would redeliver it (the same record bytes three times)
        String requestId = Checkouts.newRequestId();
        byte[] first = topics.envelope(UUID.randomUUID().toString(), requestId, Checkouts.command(requestId, 1, "cus_1"));

        // when
        for (int delivery = 0; delivery < 3; delivery++) {
            topics.publishBytes(Topics.PAYMENTS_COMMANDS.name(), requestId, first);
        }
        topics.awaitConsumed(COMMANDS_GROUP, Topics.PAYMENTS_COMMANDS.name());

        // then Razorpay was asked once, and every answer names that one link
        String reference = LinkReference.of(requestId, 1);
        assertThat(razorpay.linkCreations(reference)).hasSize(1);
        var created = topics.eventsOf(requestId, PaymentLinkCreated.class);
        assertThat(created).isNotEmpty().extracting(PaymentLinkCreated::linkId).containsOnly(created.get(0).linkId());
        assertThat(created.get(0).amount()).isEqualTo(Checkouts.TOTAL);
        assertThat(created.get(0).url()).startsWith("https://rzp.io/i/");

        // when the link expired and the customer accepted again (attempt 2)
        topics.publish(Topics.PAYMENTS_COMMANDS, requestId, Checkouts.command(requestId, 2, "cus_1"));
        var both = topics.awaitEvents(requestId, events -> events.stream()
                .filter(PaymentLinkCreated.class::isInstance).map(e -> ((PaymentLinkCreated) e).linkId()).distinct().count() == 2);

        // then a second, different link with its own reference
        assertThat(razorpay.linkCreations(LinkReference.of(requestId, 2))).hasSize(1);
        assertThat(both.stream().filter(PaymentLinkCreated.class::isInstance).map(PaymentEvent::requestId)).containsOnly(requestId);
    }

    @Test
    void a_link_prefills_the_customers_email_from_customers_events_when_the_command_has_none() {
        // given a customer registered on customers.events
        String customerId = "cus_" + UUID.randomUUID().toString().substring(0, 8);
        topics.publish(Topics.CUSTOMERS_EVENTS, customerId,
                new CustomerRegistered(customerId, "+919811111111", "Asha", "asha@example.in"));
        topics.awaitConsumed("payment-worker-customer-contacts", Topics.CUSTOMERS_EVENTS.name());
        String requestId = Checkouts.newRequestId();

        // when a link is asked for with no contacts on the command
        topics.publish(Topics.PAYMENTS_COMMANDS, requestId, new CreatePaymentLink(requestId, "quo_1", 1,
                Checkouts.TOTAL, customerId, null, null, "Dolo 650", null));
        topics.awaitEvents(requestId, PaymentTopics.has(PaymentLinkCreated.class));

        // then Razorpay got the directory's phone and email
        JSONObject customer = razorpay.linkCreations(LinkReference.of(requestId, 1)).get(0).body().getJSONObject("customer");
        assertThat(customer.getString("contact")).isEqualTo("+919811111111");
        assertThat(customer.getString("email")).isEqualTo("asha@example.in");
    }

    @Test
    void a_gateway_refusal_is_a_payment_command_rejected_with_the_gateways_message_and_is_not_retried() {
        // given a link Razorpay refuses (below its ₹1 minimum)
        String requestId = Checkouts.newRequestId();
        topics.publish(Topics.PAYMENTS_COMMANDS, requestId, new CreatePaymentLink(requestId, "quo_1", 1, Money.inr(50),
                "cus_1", null, null, "a sweet", null));

        // when
        var events = topics.awaitEvents(requestId, PaymentTopics.has(PaymentCommandRejected.class));

        // then
        assertThat(events).singleElement().isEqualTo(new PaymentCommandRejected(requestId, "CreatePaymentLink",
                "BAD_REQUEST_ERROR:The amount must be atleast INR 1.00"));
        assertThat(razorpay.linkCreations(LinkReference.of(requestId, 1))).hasSize(1);
    }

    @Test
    void a_gateway_in_trouble_is_retried_with_backoff_until_the_link_is_made() {
        // given Razorpay answers the next two calls with 503
        String requestId = Checkouts.newRequestId();
        razorpay.failNext(2);

        // when
        topics.publish(Topics.PAYMENTS_COMMANDS, requestId, Checkouts.command(requestId, 1, "cus_1"));

        // then the worker kept trying and made the link
        topics.awaitEvents(requestId, PaymentTopics.has(PaymentLinkCreated.class));
        assertThat(razorpay.calls("GET", "/v1/payment_links").stream()
                .filter(c -> LinkReference.of(requestId, 1).equals(c.query().get("reference_id")))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(razorpay.linkCreations(LinkReference.of(requestId, 1))).hasSize(1);
    }

    @Test
    void a_poison_command_goes_to_the_dead_letter_topic_with_its_reason_and_the_next_one_is_processed() {
        // given a record that is no CloudEvent, then a good command
        String poisonKey = Checkouts.newRequestId();
        String requestId = Checkouts.newRequestId();
        topics.publishBytes(Topics.PAYMENTS_COMMANDS.name(), poisonKey, "{\"not\": \"a command\"".getBytes(StandardCharsets.UTF_8));
        topics.publish(Topics.PAYMENTS_COMMANDS, requestId, Checkouts.command(requestId, 1, "cus_1"));

        // then the good one is carried out
        topics.awaitEvents(requestId, PaymentTopics.has(PaymentLinkCreated.class));
        // and the poison record sits in payments.commands.dlq, untouched, with why
        ConsumerRecord<String, byte[]> letter = topics.awaitRecords(Topics.PAYMENTS_COMMANDS.dlqName(), poisonKey).get(0);
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{\"not\": \"a command\"");
        assertThat(PaymentTopics.header(letter, "dead-letter-reason")).isNotBlank();
        assertThat(PaymentTopics.header(letter, "dead-letter-topic")).isEqualTo(Topics.PAYMENTS_COMMANDS.name());
    }

    @Test
    void cancelling_a_link_cancels_it_at_the_gateway_and_a_redelivered_cancel_answers_the_same() {
        // given an unpaid link
        String requestId = Checkouts.newRequestId();
        String linkId = checkouts.linkFor(requestId, "cus_1").linkId();

        // when the cancel arrives twice
        topics.publish(Topics.PAYMENTS_COMMANDS, requestId, new CancelPaymentLink(requestId, linkId, "cancelled by the customer"));
        topics.publish(Topics.PAYMENTS_COMMANDS, requestId, new CancelPaymentLink(requestId, linkId, "cancelled by the customer"));
        var events = topics.awaitEvents(requestId, e -> e.stream().filter(PaymentLinkCancelled.class::isInstance).count() == 2);

        // then the link is cancelled once at Razorpay, and neither cancel was refused
        assertThat(razorpay.calls("POST", "/v1/payment_links/" + linkId + "/cancel")).hasSize(2);
        assertThat(events).noneMatch(PaymentCommandRejected.class::isInstance);
        assertThat(topics.eventsOf(requestId, PaymentLinkCancelled.class)).containsOnly(new PaymentLinkCancelled(requestId, linkId));
    }

    @Test
    void a_refund_redelivered_is_made_once_and_one_too_large_fails_with_the_gateways_message() {
        // given a captured payment of ₹57
        String requestId = Checkouts.newRequestId();
        String paymentId = "pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        razorpay.paymentCaptured(paymentId, 5_700);
        byte[] refund = topics.envelope(UUID.randomUUID().toString(), requestId,
                new RefundPayment(requestId, paymentId, Money.inr(2_500), "delivery was late"));

        // when the refund command is delivered twice, then a refund of more than is left
        topics.publishBytes(Topics.PAYMENTS_COMMANDS.name(), requestId, refund);
        topics.publishBytes(Topics.PAYMENTS_COMMANDS.name(), requestId, refund);
        topics.publish(Topics.PAYMENTS_COMMANDS, requestId, new RefundPayment(requestId, paymentId, Money.inr(5_000), "all of it"));
        topics.awaitEvents(requestId, PaymentTopics.has(RefundFailed.class));
        topics.awaitConsumed(COMMANDS_GROUP, Topics.PAYMENTS_COMMANDS.name());

        // then Razorpay made one refund of ₹25, reported once (the redelivery repeats the same event id)
        assertThat(razorpay.calls("POST", "/v1/payments/" + paymentId + "/refund")).hasSize(2);
        var processed = topics.eventsOf(requestId).stream().filter(e -> e.data() instanceof RefundProcessed).toList();
        assertThat(processed.stream().map(e -> e.id()).distinct()).hasSize(1);
        assertThat(((RefundProcessed) processed.get(0).data()).amount()).isEqualTo(Money.inr(2_500));
        // and the second refund failed with Razorpay's words
        assertThat(topics.eventsOf(requestId, RefundFailed.class)).singleElement().satisfies(failed -> {
            assertThat(failed.reason()).isEqualTo("BAD_REQUEST_ERROR:The refund amount provided is greater than amount captured");
            assertThat(failed.refundId()).isNull();
        });
    }
}
