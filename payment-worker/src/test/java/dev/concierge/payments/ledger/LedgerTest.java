package dev.concierge.payments.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.payments.PaymentEvent.LedgerEntryRecorded;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static final Split SPLIT = new Split("cus_1", Money.inr(5_700), Money.inr(3_200), Money.inr(2_500), "sto_1");

    @Test
    void a_capture_credits_the_store_its_item_price_and_the_platform_its_delivery_fee() {
        // when
        List<LedgerEntryRecorded> entries = Ledger.capture("req_1", "pay_1", SPLIT, null);

        // then
        assertThat(balance(entries)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "gateway-clearing", 5_700L, "customer:cus_1", 0L, "store-payable:sto_1", -3_200L, "platform-revenue", -2_500L));
        assertThat(entries).allSatisfy(entry -> assertThat(entry.reference()).isEqualTo("pay_1"));
    }

    @Test
    void a_partial_refund_reverses_store_payable_and_delivery_fee_in_proportion() {
        // when ₹28.50 of ₹57 comes back
        List<LedgerEntryRecorded> refund = Ledger.refund("req_1", "rfnd_1", Money.inr(2_850), SPLIT);

        // then half of each share is reversed, and the refunds account passes it through
        assertThat(balance(Stream.concat(Ledger.capture("req_1", "pay_1", SPLIT, null).stream(), refund.stream()).toList()))
                .containsEntry("store-payable:sto_1", -1_600L)
                .containsEntry("platform-revenue", -1_250L)
                .containsEntry("refunds", 0L)
                .containsEntry("gateway-clearing", 2_850L);
    }

    @Test
    void a_capture_without_the_quotes_split_is_booked_as_unallocated() {
        // given a link from a command that carried no split
        Split unknown = new Split("cus_1", Money.inr(5_700), null, null, null);

        // then
        assertThat(balance(Ledger.capture("req_1", "pay_1", unknown, Money.inr(134))))
                .containsEntry("unallocated-sales", -5_700L)
                .containsEntry("gateway-fees", 134L)
                .containsEntry("gateway-clearing", 5_566L);
    }

    @Test
    void a_free_delivery_books_no_zero_entry_and_entry_ids_follow_the_reference() {
        // given
        Split free = new Split("cus_1", Money.inr(3_200), Money.inr(3_200), Money.inr(0), "sto_1");

        // when
        List<LedgerEntryRecorded> entries = Ledger.capture("req_1", "pay_1", free, null);

        // then
        assertThat(entries).extracting(LedgerEntryRecorded::entryId).containsExactly("led_pay_1_1", "led_pay_1_2");
        assertThat(entries).noneMatch(entry -> entry.amount().amountMinor() == 0);
    }

    private static Map<String, Long> balance(List<LedgerEntryRecorded> entries) {
        Map<String, Long> balance = new TreeMap<>();
        for (LedgerEntryRecorded entry : entries) {
            balance.merge(entry.debitAccount(), entry.amount().amountMinor(), Long::sum);
            balance.merge(entry.creditAccount(), -entry.amount().amountMinor(), Long::sum);
        }
        return balance;
    }
}
