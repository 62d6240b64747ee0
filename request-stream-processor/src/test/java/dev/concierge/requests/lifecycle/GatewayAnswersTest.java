package dev.concierge.requests.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.concierge.requests.assignment.AssignmentDecision;
import dev.concierge.schemas.common.Actor;
import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestCommand;
import dev.concierge.schemas.requests.RequestEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lifecycle's answers to what the payment worker reports after a link was asked for (issue #12). */
class GatewayAnswersTest {

    private static final Actor ADMIN = new Actor("adm-1", "admin");

    private final Journey journey = new Journey(Journey.standardDecider(), "req-1");

    @Test
    void cancelling_while_awaiting_payment_closes_the_issued_link() {
        // given a request whose link was issued
        journey.reach(RequestStatus.AWAITING_PAYMENT);
        journey.apply(new Input.PaymentLinkCreated("link-1", "https://pay.local/link-1", Money.inr(13_000), null));

        // when the customer cancels
        Decision.Accepted cancelled = accepted(journey.apply(journey.command(
                new RequestCommand.CancelRequest("req-1", "found it elsewhere", Journey.CUSTOMER))));

        // then
        assertThat(cancelled.state().snapshot().status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(cancelled.outbound()).filteredOn(Outbound.CancelPaymentLink.class::isInstance)
                .containsExactly(new Outbound.CancelPaymentLink("req-1", "link-1", "found it elsewhere"));
    }

    @Test
    void a_link_that_arrives_after_the_cancel_is_closed_at_once_and_nobody_is_sent_it() {
        // given a request cancelled before its link was issued
        journey.reach(RequestStatus.AWAITING_PAYMENT);
        Decision.Accepted cancelled = accepted(journey.apply(journey.command(
                new RequestCommand.CancelRequest("req-1", "too slow", Journey.CUSTOMER))));
        assertThat(cancelled.outbound()).noneMatch(Outbound.CancelPaymentLink.class::isInstance);

        // when the link arrives, and then arrives again
        Decision.Accepted late = accepted(journey.apply(
                new Input.PaymentLinkCreated("link-1", "https://pay.local/link-1", Money.inr(13_000), null)));
        Decision again = journey.apply(new Input.PaymentLinkCreated("link-1", "https://pay.local/link-1",
                Money.inr(13_000), null));

        // then
        assertThat(late.state().snapshot().status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(late.facts()).extracting(f -> f.event().getClass().getSimpleName()).containsExactly("PaymentLinkIssued");
        assertThat(late.outbound()).containsExactly(new Outbound.CancelPaymentLink("req-1", "link-1",
                "the request was cancelled before its payment link was issued"));
        assertThat(again).isInstanceOf(Decision.Ignored.class);
    }

    @Test
    void a_redelivered_link_is_not_sent_to_the_customer_twice() {
        journey.reach(RequestStatus.AWAITING_PAYMENT);
        journey.apply(new Input.PaymentLinkCreated("link-1", "https://pay.local/link-1", Money.inr(13_000), null));

        Decision again = journey.apply(new Input.PaymentLinkCreated("link-1", "https://pay.local/link-1",
                Money.inr(13_000), null));

        assertThat(again).isEqualTo(new Decision.Ignored("link link-1 was already issued"));
    }

    @Test
    void the_gateways_cancellation_is_recorded_once_and_changes_no_state() {
        // given a request cancelled with its link open
        journey.reach(RequestStatus.AWAITING_PAYMENT);
        journey.apply(new Input.PaymentLinkCreated("link-1", "https://pay.local/link-1", Money.inr(13_000), null));
        journey.apply(journey.command(new RequestCommand.CancelRequest("req-1", "found it elsewhere", Journey.CUSTOMER)));

        // when the gateway confirms, twice
        Decision.Accepted recorded = accepted(journey.apply(new Input.PaymentLinkCancelled("link-1")));
        Decision again = journey.apply(new Input.PaymentLinkCancelled("link-1"));

        // then
        assertThat(recorded.facts()).extracting(Fact::event)
                .containsExactly(new RequestEvent.PaymentLinkCancelled("req-1", "link-1"));
        assertThat(recorded.state().snapshot().status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(recorded.state().snapshot().flags()).contains("payment-link-cancelled");
        assertThat(recorded.outbound()).isEmpty();
        assertThat(again).isInstanceOf(Decision.Ignored.class);
    }

    @Test
    void a_payment_that_beat_the_cancellation_is_still_refunded() {
        journey.reach(RequestStatus.AWAITING_PAYMENT);
        journey.apply(new Input.PaymentLinkCreated("link-1", "https://pay.local/link-1", Money.inr(13_000), null));
        journey.apply(journey.command(new RequestCommand.CancelRequest("req-1", "found it elsewhere", Journey.CUSTOMER)));

        Decision.Accepted paid = accepted(journey.apply(new Input.PaymentCaptured("pay-1", Money.inr(13_000))));

        assertThat(paid.state().snapshot().status()).isEqualTo(RequestStatus.REFUND_PENDING);
        assertThat(paid.outbound()).contains(new Outbound.RefundPayment("req-1", "pay-1", Money.inr(13_000),
                "paid after the request was cancelled"));
    }

    @Test
    void a_failed_refund_keeps_the_request_pending_flags_it_and_tells_admins_once() {
        // given a refund under way
        journey.reach(RequestStatus.REFUND_PENDING);

        // when the gateway fails it, and the report is delivered twice
        Decision.Accepted failed = accepted(journey.apply(new Input.RefundFailed("pay-1", Money.inr(13_000),
                "BAD_REQUEST_ERROR:the bank refused")));
        Decision again = journey.apply(new Input.RefundFailed("pay-1", Money.inr(13_000),
                "BAD_REQUEST_ERROR:the bank refused"));

        // then
        assertThat(failed.state().snapshot().status()).isEqualTo(RequestStatus.REFUND_PENDING);
        assertThat(failed.state().snapshot().flags()).contains("refund-failed");
        assertThat(failed.facts()).extracting(Fact::event).containsExactly(new RequestEvent.RefundFailed("req-1", "pay-1",
                Money.inr(13_000), "BAD_REQUEST_ERROR:the bank refused"));
        assertThat(failed.outbound()).map(o -> (Outbound.Notify) o)
                .extracting(n -> n.recipient().kind(), Outbound.Notify::templateId)
                .containsExactly(tuple(Recipient.Kind.ADMIN, "admin.refund-failed"));
        assertThat(again).isInstanceOf(Decision.Ignored.class);
    }

    @Test
    void an_admin_retries_a_failed_partial_refund_for_the_same_amount_and_the_flag_goes() {
        // given a partial refund of a delivered request that the gateway failed
        journey.reach(RequestStatus.DELIVERED);
        journey.apply(journey.command(new RequestCommand.RequestRefund("req-1", Money.inr(5_000), "one item broken",
                ADMIN)));
        journey.apply(new Input.RefundFailed("pay-1", Money.inr(5_000), "GATEWAY_ERROR:try later"));

        // when an admin asks again without naming an amount
        Decision.Accepted retried = accepted(journey.apply(journey.command(
                new RequestCommand.RequestRefund("req-1", null, "retry after the bank's failure", ADMIN))));

        // then the gateway is asked again for the failed amount, and only the gateway hears of it
        assertThat(retried.state().snapshot().status()).isEqualTo(RequestStatus.REFUND_PENDING);
        assertThat(retried.state().snapshot().flags()).doesNotContain("refund-failed");
        assertThat(retried.outbound()).containsExactly(new Outbound.RefundPayment("req-1", "pay-1", Money.inr(5_000),
                "retry after the bank's failure"));

        // and the refund then completes as any other
        Decision.Accepted refunded = accepted(journey.apply(new Input.RefundProcessed("refund-2", Money.inr(5_000))));
        assertThat(refunded.state().snapshot().status()).isEqualTo(RequestStatus.REFUNDED);
    }

    @Test
    void a_refund_in_progress_cannot_be_asked_for_again_and_only_an_admin_retries_a_failed_one() {
        journey.reach(RequestStatus.REFUND_PENDING);

        Decision whilePending = journey.apply(journey.command(new RequestCommand.RequestRefund("req-1", null, "again",
                ADMIN)));
        journey.apply(new Input.RefundFailed("pay-1", Money.inr(13_000), "BAD_REQUEST_ERROR:the bank refused"));
        Decision byAgent = journey.apply(journey.command(new RequestCommand.RequestRefund("req-1", null, "again",
                new Actor("agent-1", "agent"))));

        assertThat(whilePending).isEqualTo(new Decision.Rejected(
                "a refund is already in progress; only a refund the gateway failed can be retried"));
        assertThat(byAgent).isEqualTo(new Decision.Rejected("only an admin can retry a failed refund"));
    }

    @Test
    void a_payment_of_the_wrong_amount_is_an_alert_for_admins_not_a_capture() {
        journey.reach(RequestStatus.AWAITING_PAYMENT);
        journey.apply(new Input.PaymentLinkCreated("link-1", "https://pay.local/link-1", Money.inr(13_000), null));

        Decision.Accepted alert = accepted(journey.apply(new Input.PaymentAmountMismatch("link-1", "pay-7",
                Money.inr(13_000), Money.inr(1_300))));
        Decision again = journey.apply(new Input.PaymentAmountMismatch("link-1", "pay-7", Money.inr(13_000),
                Money.inr(1_300)));

        assertThat(alert.state().snapshot().status()).isEqualTo(RequestStatus.AWAITING_PAYMENT);
        assertThat(alert.state().snapshot().payment()).isNull();
        assertThat(alert.facts()).extracting(Fact::event).containsExactly(new RequestEvent.PaymentAmountMismatch(
                "req-1", "link-1", "pay-7", Money.inr(13_000), Money.inr(1_300)));
        assertThat(alert.outbound()).map(o -> (Outbound.Notify) o)
                .extracting(n -> n.recipient().kind(), Outbound.Notify::templateId)
                .containsExactly(tuple(Recipient.Kind.ADMIN, "admin.payment-amount-mismatch"));
        assertThat(again).isInstanceOf(Decision.Ignored.class);
    }

    @Test
    void a_refused_payment_link_reopens_the_quote_and_tells_the_agent_and_admins() {
        // given an assigned request waiting for its first link
        journey.reach(RequestStatus.AWAITING_PAYMENT);
        journey.apply(new Input.AgentDecision(new AssignmentDecision.Assigned("req-1", "agent-1", null)));

        // when the gateway refuses to create it, and the refusal is delivered twice
        Decision.Accepted refused = accepted(journey.apply(new Input.PaymentCommandRejected("CreatePaymentLink",
                "BAD_REQUEST_ERROR:invalid contact")));
        Decision again = journey.apply(new Input.PaymentCommandRejected("CreatePaymentLink",
                "BAD_REQUEST_ERROR:invalid contact"));

        // then
        assertThat(refused.state().snapshot().status()).isEqualTo(RequestStatus.QUOTED);
        assertThat(refused.state().snapshot().quote().accepted()).isFalse();
        assertThat(refused.facts()).extracting(Fact::event).containsExactly(new RequestEvent.PaymentCommandRejected(
                "req-1", "CreatePaymentLink", "BAD_REQUEST_ERROR:invalid contact"));
        assertThat(refused.outbound()).map(o -> (Outbound.Notify) o)
                .extracting(n -> n.recipient().kind(), Outbound.Notify::templateId)
                .containsExactly(tuple(Recipient.Kind.ADMIN, "staff.payment-command-rejected"),
                        tuple(Recipient.Kind.AGENT, "staff.payment-command-rejected"));
        assertThat(again).isInstanceOf(Decision.Ignored.class);

        // and a new accept asks for a second link
        Decision.Accepted reaccepted = accepted(journey.apply(journey.command(new RequestCommand.AcceptQuote("req-1",
                refused.state().snapshot().quote().quoteId(), Journey.CUSTOMER))));
        assertThat(reaccepted.outbound()).filteredOn(Outbound.CreatePaymentLink.class::isInstance)
                .extracting(o -> ((Outbound.CreatePaymentLink) o).attempt()).containsExactly(2);
        assertThat(reaccepted.state().snapshot().flags()).doesNotContain("payment-command-rejected:CreatePaymentLink");
    }

    @Test
    void a_refused_link_cancellation_is_recorded_and_the_request_stays_cancelled() {
        journey.reach(RequestStatus.AWAITING_PAYMENT);
        journey.apply(new Input.PaymentLinkCreated("link-1", "https://pay.local/link-1", Money.inr(13_000), null));
        journey.apply(journey.command(new RequestCommand.CancelRequest("req-1", "found it elsewhere", Journey.CUSTOMER)));

        Decision.Accepted refused = accepted(journey.apply(new Input.PaymentCommandRejected("CancelPaymentLink",
                "BAD_REQUEST_ERROR:payment link cannot be cancelled as it is already paid")));

        assertThat(refused.state().snapshot().status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(refused.state().snapshot().flags()).contains("payment-command-rejected:CancelPaymentLink");
        assertThat(refused.facts()).singleElement().extracting(Fact::event)
                .isInstanceOf(RequestEvent.PaymentCommandRejected.class);
    }

    @Test
    void the_customers_payment_notification_carries_the_receipt_when_there_is_one() {
        journey.reach(RequestStatus.AWAITING_PAYMENT);
        journey.apply(new Input.PaymentLinkCreated("link-1", "https://pay.local/link-1", Money.inr(13_000), null));

        Decision.Accepted paid = accepted(journey.apply(new Input.PaymentCaptured("pay-1", Money.inr(13_000),
                "http://127.0.0.1:8084/v1/receipts/pay-1?expires=1&sig=abc")));

        assertThat(paid.outbound()).filteredOn(o -> o instanceof Outbound.Notify n && n.templateId().equals("request.paid"))
                .singleElement().satisfies(n -> assertThat(((Outbound.Notify) n).attachments()).containsExactly(
                        new Attachment(null, "http://127.0.0.1:8084/v1/receipts/pay-1?expires=1&sig=abc",
                                "application/pdf")));
        assertThat(paid.outbound()).filteredOn(o -> o instanceof Outbound.Notify n && !n.templateId().equals("request.paid"))
                .allSatisfy(n -> assertThat(((Outbound.Notify) n).attachments()).isEmpty());
    }

    private static Decision.Accepted accepted(Decision decision) {
        assertThat(decision).isInstanceOf(Decision.Accepted.class);
        return (Decision.Accepted) decision;
    }
}
