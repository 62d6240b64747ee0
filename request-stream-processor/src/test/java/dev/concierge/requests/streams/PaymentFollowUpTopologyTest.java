package dev.concierge.requests.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.requests.lifecycle.Journey;
import dev.concierge.requests.lifecycle.LifecyclePolicy;
import dev.concierge.schemas.common.Actor;
import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.notifications.NotificationCommand;
import dev.concierge.schemas.payments.PaymentCommand;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.schemas.requests.RequestCommand;
import dev.concierge.schemas.requests.RequestEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the payment worker reports after a link was asked for, through the topics: cancelled links,
 * failed refunds and their retry, alerts, the receipt. Payment events are delivered at least once, so
 * several tests deliver the same CloudEvent twice.
 */
class PaymentFollowUpTopologyTest {

    private static final String ID = "req-1";
    private static final Money TOTAL = Money.inr(49_000);
    private static final Actor ADMIN = new Actor("adm-1", "admin");
    private static final Actor AGENT = new Actor("agt-1", "agent");

    private final TopologyHarness harness = new TopologyHarness(LifecyclePolicy.defaults(), Journey.T0);
    private final RequestTopics t = harness.topics;

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void a_cancel_while_awaiting_payment_closes_the_link_and_the_gateways_answer_is_recorded_once() {
        // given a request whose link was issued
        awaitingPayment(harness);

        // when the customer cancels, and the payment worker's answer is delivered twice
        harness.send(t.commands(), ID, new RequestCommand.CancelRequest(ID, "found it elsewhere", Journey.CUSTOMER));
        harness.send(t.paymentEvents(), ID, new PaymentEvent.PaymentLinkCancelled(ID, "plink_1"), "evt-cancelled");
        harness.send(t.paymentEvents(), ID, new PaymentEvent.PaymentLinkCancelled(ID, "plink_1"), "evt-cancelled");

        // then
        assertThat(harness.data(t.paymentCommands())).filteredOn(PaymentCommand.CancelPaymentLink.class::isInstance)
                .containsExactly(new PaymentCommand.CancelPaymentLink(ID, "plink_1", "found it elsewhere"));
        assertThat(harness.events(ID)).filteredOn(RequestEvent.PaymentLinkCancelled.class::isInstance)
                .containsExactly(new RequestEvent.PaymentLinkCancelled(ID, "plink_1"));
        assertThat(harness.snapshot(ID).status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(harness.snapshot(ID).flags()).contains("payment-link-cancelled");
    }

    @Test
    void a_failed_refund_delivered_twice_tells_admins_once_and_an_admins_retry_is_a_new_refund_command() {
        // given a paid request cancelled by the customer: a refund is under way
        awaitingPayment(harness);
        harness.send(t.paymentEvents(), ID, new PaymentEvent.PaymentCaptured(ID, "plink_1", "pay_1", TOTAL, "upi",
                Journey.T0));
        harness.send(t.commands(), ID, new RequestCommand.CancelRequest(ID, "ordered twice", Journey.CUSTOMER));

        // when the gateway fails the refund and the report arrives twice
        PaymentEvent.RefundFailed failure = new PaymentEvent.RefundFailed(ID, "pay_1", null, TOTAL,
                "BAD_REQUEST_ERROR:the bank refused");
        harness.send(t.paymentEvents(), ID, failure, "evt-refund-failed");
        harness.send(t.paymentEvents(), ID, failure, "evt-refund-failed");

        // then the request stays pending, flagged, with one fact and one message to admins
        assertThat(harness.snapshot(ID).status()).isEqualTo(RequestStatus.REFUND_PENDING);
        assertThat(harness.snapshot(ID).flags()).contains("refund-failed");
        assertThat(harness.events(ID)).filteredOn(RequestEvent.RefundFailed.class::isInstance).containsExactly(
                new RequestEvent.RefundFailed(ID, "pay_1", TOTAL, "BAD_REQUEST_ERROR:the bank refused"));
        assertThat(notifications("admin.refund-failed")).singleElement().satisfies(n -> {
            assertThat(n.getKey()).isEqualTo("admins");
            assertThat(n.getValue().variables()).containsEntry("reason", "BAD_REQUEST_ERROR:the bank refused");
        });

        // when an admin retries and the gateway then refunds
        harness.send(t.commands(), ID, new RequestCommand.RequestRefund(ID, null, "retry", ADMIN));
        harness.send(t.paymentEvents(), ID, new PaymentEvent.RefundProcessed(ID, "pay_1", "rfnd_2", TOTAL));

        // then the second RefundPayment is a new command (the payment worker keys refunds on its id)
        List<CloudEvent<?>> refunds = harness.envelopes(t.paymentCommands()).stream()
                .<CloudEvent<?>>map(Map.Entry::getValue)
                .filter(e -> e.data() instanceof PaymentCommand.RefundPayment).toList();
        assertThat(refunds).hasSize(2);
        assertThat(refunds.get(1).id()).isNotEqualTo(refunds.get(0).id());
        assertThat(refunds.get(1).data()).isEqualTo(new PaymentCommand.RefundPayment(ID, "pay_1", TOTAL, "retry"));
        assertThat(harness.snapshot(ID).status()).isEqualTo(RequestStatus.REFUNDED);
        assertThat(harness.snapshot(ID).flags()).doesNotContain("refund-failed");
    }

    @Test
    void replaying_the_same_inputs_gives_the_same_payment_command_ids() {
        // given two runs of the same inputs (new input event ids, as after a replay from another source)
        List<String> first;
        List<String> second;
        try (TopologyHarness replay = new TopologyHarness(LifecyclePolicy.defaults(), Journey.T0)) {
            cancelThenRefundFailsThenRetry(harness);
            cancelThenRefundFailsThenRetry(replay);
            first = commandIds(harness);
            second = commandIds(replay);
        }

        // then the link, its cancellation, the refund and its retry have the same ids each time
        assertThat(first).hasSize(4).doesNotHaveDuplicates();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void the_payment_worker_gets_the_quote_split_and_the_customer_gets_the_receipt_with_the_payment_message() {
        // given a request waiting for payment of a quote of 450 + 40 from store-1
        awaitingPayment(harness);

        // when the payment is captured with a receipt
        harness.send(t.paymentEvents(), ID, new PaymentEvent.PaymentCaptured(ID, "plink_1", "pay_1", TOTAL, "upi",
                Journey.T0, "http://127.0.0.1:8084/v1/receipts/pay_1?expires=1&sig=abc"));

        // then
        PaymentCommand.CreatePaymentLink link = (PaymentCommand.CreatePaymentLink) harness.data(t.paymentCommands()).get(0);
        assertThat(List.of(link.itemPrice(), link.deliveryFee(), link.storeId()))
                .containsExactly(Money.inr(45_000), Money.inr(4_000), "store-1");
        assertThat(notifications("request.paid")).singleElement().satisfies(n -> assertThat(n.getValue().attachments())
                .containsExactly(new Attachment(null, "http://127.0.0.1:8084/v1/receipts/pay_1?expires=1&sig=abc",
                        "application/pdf")));
    }

    @Test
    void a_payment_of_the_wrong_amount_alerts_admins_once_and_captures_nothing() {
        awaitingPayment(harness);
        PaymentEvent.PaymentAmountMismatch mismatch = new PaymentEvent.PaymentAmountMismatch(ID, "plink_1", "pay_9",
                TOTAL, Money.inr(4_900));

        harness.send(t.paymentEvents(), ID, mismatch, "evt-mismatch");
        harness.send(t.paymentEvents(), ID, mismatch, "evt-mismatch");

        assertThat(harness.events(ID)).filteredOn(RequestEvent.PaymentAmountMismatch.class::isInstance).hasSize(1);
        assertThat(notifications("admin.payment-amount-mismatch")).hasSize(1);
        assertThat(harness.snapshot(ID).status()).isEqualTo(RequestStatus.AWAITING_PAYMENT);
        assertThat(harness.snapshot(ID).payment()).isNull();
    }

    @Test
    void a_refused_payment_link_reopens_the_quote_and_admins_hear_the_gateways_words() {
        // given a request waiting for a link that the gateway will refuse
        quoted(harness);
        harness.send(t.commands(), ID, new RequestCommand.AcceptQuote(ID, harness.snapshot(ID).quote().quoteId(),
                Journey.CUSTOMER));

        // when
        harness.send(t.paymentEvents(), ID, new PaymentEvent.PaymentCommandRejected(ID, "CreatePaymentLink",
                "BAD_REQUEST_ERROR:The customer contact is invalid"));

        // then
        assertThat(harness.snapshot(ID).status()).isEqualTo(RequestStatus.QUOTED);
        assertThat(harness.events(ID)).contains(new RequestEvent.PaymentCommandRejected(ID, "CreatePaymentLink",
                "BAD_REQUEST_ERROR:The customer contact is invalid"));
        assertThat(notifications("staff.payment-command-rejected")).extracting(Map.Entry::getKey).contains("admins");
    }

    @Test
    void a_resend_sends_the_customer_the_same_link_once_even_when_the_command_is_delivered_twice() {
        // given a request waiting for payment on plink_1 (the customer was sent it once)
        awaitingPayment(harness);

        // when an agent resends it and the command is delivered twice
        harness.send(t.commands(), ID, new RequestCommand.ResendPaymentLink(ID, AGENT), "cmd-resend-1");
        harness.send(t.commands(), ID, new RequestCommand.ResendPaymentLink(ID, AGENT), "cmd-resend-1");

        // then one fact, and one more payment-link message with the same url and amount as the first
        assertThat(harness.events(ID)).filteredOn(RequestEvent.PaymentLinkResent.class::isInstance).containsExactly(
                new RequestEvent.PaymentLinkResent(ID, "plink_1", "http://127.0.0.1:8084/pay/plink_1", "cmd-resend-1",
                        AGENT));
        List<NotificationCommand.Notify> links = notifications("request.payment-link").stream()
                .map(Map.Entry::getValue).toList();
        assertThat(links).hasSize(2);
        assertThat(links.get(1).variables()).isEqualTo(links.get(0).variables());
        assertThat(links.get(1).channels()).isEqualTo(links.get(0).channels());
        assertThat(links.get(1).idempotencyKey()).isEqualTo("resend/cmd-resend-1/request.payment-link/customer-1");
        assertThat(harness.events(ID)).noneMatch(RequestEvent.CommandRejected.class::isInstance);
        assertThat(harness.snapshot(ID).status()).isEqualTo(RequestStatus.AWAITING_PAYMENT);
    }

    @Test
    void two_resend_commands_are_two_messages_with_keys_of_their_own() {
        awaitingPayment(harness);

        harness.send(t.commands(), ID, new RequestCommand.ResendPaymentLink(ID, AGENT), "cmd-resend-1");
        harness.send(t.commands(), ID, new RequestCommand.ResendPaymentLink(ID, ADMIN), "cmd-resend-2");

        assertThat(notifications("request.payment-link")).extracting(n -> n.getValue().idempotencyKey())
                .hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void a_resend_before_the_link_was_issued_or_after_it_expired_is_rejected_with_the_reason() {
        // given a request whose quote was accepted but whose link has not come yet
        quoted(harness);
        String quoteId = harness.snapshot(ID).quote().quoteId();
        harness.send(t.commands(), ID, new RequestCommand.AcceptQuote(ID, quoteId, Journey.CUSTOMER));

        // when an agent resends
        harness.send(t.commands(), ID, new RequestCommand.ResendPaymentLink(ID, AGENT));

        // then
        assertThat(rejections()).singleElement().satisfies(r -> assertThat(r.reason()).contains("not been issued"));

        // given the link arrives with a 30-minute expiry, and 31 minutes pass before the gateway reports it
        harness.send(t.paymentEvents(), ID, new PaymentEvent.PaymentLinkCreated(ID, quoteId, "plink_1",
                "http://127.0.0.1:8084/pay/plink_1", TOTAL, Journey.T0.plus(Duration.ofMinutes(30))));
        harness.advance(Duration.ofMinutes(31));

        // when an agent resends
        harness.send(t.commands(), ID, new RequestCommand.ResendPaymentLink(ID, AGENT));

        // then it is rejected: re-accepting the quote after the expiry is what issues a new link
        assertThat(rejections()).hasSize(2).last().satisfies(r -> {
            assertThat(r.command()).isEqualTo("ResendPaymentLink");
            assertThat(r.reason()).contains("expired").contains("accepting the quote again");
        });
        assertThat(harness.events(ID)).noneMatch(RequestEvent.PaymentLinkResent.class::isInstance);
        assertThat(notifications("request.payment-link")).hasSize(1);
    }

    @Test
    void a_resend_outside_awaiting_payment_is_rejected() {
        quoted(harness);

        harness.send(t.commands(), ID, new RequestCommand.ResendPaymentLink(ID, AGENT));

        assertThat(rejections()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RequestStatus.QUOTED);
            assertThat(r.reason()).isEqualTo("ResendPaymentLink is not possible while the request is QUOTED");
        });
    }

    private List<RequestEvent.CommandRejected> rejections() {
        return harness.events(ID).stream().filter(RequestEvent.CommandRejected.class::isInstance)
                .map(RequestEvent.CommandRejected.class::cast).toList();
    }

    /** Notify commands of one template, with their record keys (the recipient). */
    private List<Map.Entry<String, NotificationCommand.Notify>> notifications(String templateId) {
        return harness.envelopes(t.notificationCommands()).stream()
                .filter(e -> ((NotificationCommand.Notify) e.getValue().data()).templateId().equals(templateId))
                .map(e -> Map.entry(e.getKey(), (NotificationCommand.Notify) e.getValue().data())).toList();
    }

    private static List<String> commandIds(TopologyHarness h) {
        return h.envelopes(h.topics.paymentCommands()).stream().map(e -> e.getValue().id()).toList();
    }

    private static void cancelThenRefundFailsThenRetry(TopologyHarness h) {
        RequestTopics topics = h.topics;
        awaitingPayment(h);
        h.send(topics.commands(), ID, new RequestCommand.CancelRequest(ID, "found it elsewhere", Journey.CUSTOMER));
        h.send(topics.paymentEvents(), ID, new PaymentEvent.PaymentCaptured(ID, "plink_1", "pay_1", TOTAL, "upi",
                Journey.T0));
        h.send(topics.paymentEvents(), ID, new PaymentEvent.RefundFailed(ID, "pay_1", null, TOTAL,
                "BAD_REQUEST_ERROR:the bank refused"));
        h.send(topics.commands(), ID, new RequestCommand.RequestRefund(ID, null, "retry", ADMIN));
    }

    private static void quoted(TopologyHarness h) {
        RequestTopics topics = h.topics;
        h.send(topics.storesEvents(), "store-1", Fixtures.cornerShop());
        h.send(topics.commands(), ID, Fixtures.create(ID));
        h.send(topics.enrichmentResults(), ID, Fixtures.understood(ID));
        h.send(topics.commands(), ID, new RequestCommand.SendQuote(ID, "store-1", Money.inr(45_000), Money.inr(4_000),
                null, null, Journey.OPS));
    }

    /** Quoted 450 + 40 from store-1, accepted, link plink_1 issued. */
    private static void awaitingPayment(TopologyHarness h) {
        quoted(h);
        String quoteId = h.snapshot(ID).quote().quoteId();
        h.send(h.topics.commands(), ID, new RequestCommand.AcceptQuote(ID, quoteId, Journey.CUSTOMER));
        h.send(h.topics.paymentEvents(), ID, new PaymentEvent.PaymentLinkCreated(ID, quoteId, "plink_1",
                "http://127.0.0.1:8084/pay/plink_1", TOTAL, null));
    }
}
