package dev.concierge.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.payments.ledger.Accounts;
import dev.concierge.payments.support.Checkouts;
import dev.concierge.payments.support.GatewayTest;
import dev.concierge.payments.support.PaymentTopics;
import dev.concierge.payments.support.RazorpayFakeResource;
import dev.concierge.payments.support.RazorpayWebhooks;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.payments.PaymentCommand.RefundPayment;
import dev.concierge.schemas.payments.PaymentEvent.LedgerEntryRecorded;
import dev.concierge.schemas.payments.PaymentEvent.RefundProcessed;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ledger of one request, reconciled from payments.events alone. */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(RazorpayFakeResource.class)
class LedgerTrialBalanceTest extends GatewayTest {

    @Test
    void a_paid_then_fully_refunded_request_balances_to_zero_except_the_gateways_kept_fee() {
        // given a ₹57 link (₹32 item from the store, ₹25 delivery), paid with a ₹1.34 gateway fee
        String requestId = Checkouts.newRequestId();
        String customerId = "cus_" + UUID.randomUUID().toString().substring(0, 8);
        String linkId = checkouts.linkFor(requestId, customerId).linkId();
        String paymentId = "pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        topics.publish(Topics.PAYMENTS_WEBHOOKS, linkId, RazorpayWebhooks.linkPaid("evt_" + paymentId, linkId,
                razorpay.orderOf(linkId), paymentId, 5_700, 134L));
        razorpay.paymentCaptured(paymentId, 5_700);
        topics.awaitEvents(requestId, events -> events.stream().filter(LedgerEntryRecorded.class::isInstance).count() == 4);

        // when the whole payment is refunded, and Razorpay's refund.processed webhook follows the API's answer
        topics.publish(Topics.PAYMENTS_COMMANDS, requestId, new RefundPayment(requestId, paymentId, Checkouts.TOTAL, "cancelled"));
        RefundProcessed refund = (RefundProcessed) topics.awaitEvents(requestId, PaymentTopics.has(RefundProcessed.class))
                .stream().filter(RefundProcessed.class::isInstance).findFirst().orElseThrow();
        topics.publish(Topics.PAYMENTS_WEBHOOKS, refund.refundId(),
                RazorpayWebhooks.refundProcessed("evt_" + refund.refundId(), refund.refundId(), paymentId, 5_700));
        topics.awaitConsumed(WEBHOOKS_GROUP, Topics.PAYMENTS_WEBHOOKS.name());

        // then, from the topic alone, the trial balance (debits minus credits, in paise)
        List<LedgerEntryRecorded> entries = topics.eventsOf(requestId, LedgerEntryRecorded.class);
        Map<String, Long> balance = new TreeMap<>();
        for (LedgerEntryRecorded entry : entries) {
            balance.merge(entry.debitAccount(), entry.amount().amountMinor(), Long::sum);
            balance.merge(entry.creditAccount(), -entry.amount().amountMinor(), Long::sum);
        }
        System.out.println("Trial balance of " + requestId + " (paise, debit +, credit -):");
        balance.forEach((account, paise) -> System.out.printf("  %-40s %8d%n", account, paise));
        System.out.printf("  %-40s %8d%n", "total", balance.values().stream().mapToLong(Long::longValue).sum());

        assertThat(entries).hasSize(7); // 4 for the capture, 3 for the refund: the refund webhook added none
        assertThat(entries).extracting(LedgerEntryRecorded::entryId).doesNotHaveDuplicates();
        assertThat(balance).containsExactlyInAnyOrderEntriesOf(Map.of(
                Accounts.customer(customerId), 0L,
                Accounts.storePayable(Checkouts.STORE_ID), 0L,
                Accounts.PLATFORM_REVENUE, 0L,
                Accounts.REFUNDS, 0L,
                Accounts.GATEWAY_FEES, 134L,
                Accounts.GATEWAY_CLEARING, -134L));
    }
}
