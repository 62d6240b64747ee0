package dev.concierge.payments.ledger;

import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.payments.PaymentEvent.LedgerEntryRecorded;
import java.util.ArrayList;
import java.util.List;

/**
 * Double entry for money movements: each entry debits one account and credits another by the same
 * amount, so every account's balance (debits minus credits) can be computed from
 * {@code payments.events} alone. A capture leaves the customer's account at zero (what they paid is
 * credited on to the store and the platform); a full refund returns store payable, platform revenue
 * and refunds to zero; the gateway's fee stays as a cost.
 */
public final class Ledger {

    private Ledger() {
    }

    /** A captured payment of the link's total; {@code gatewayFee} may be null (the webhook carried none). */
    public static List<LedgerEntryRecorded> capture(String requestId, String paymentId, Split split, Money gatewayFee) {
        Entries entries = new Entries(requestId, paymentId);
        String customer = Accounts.customer(split.customerId());
        // the customer paid the gateway
        entries.add(Accounts.GATEWAY_CLEARING, customer, split.total());
        if (split.allocated()) {
            // … for the store's item and the platform's delivery
            entries.add(customer, Accounts.storePayable(split.storeId()), split.itemPrice());
            entries.add(customer, Accounts.PLATFORM_REVENUE, split.deliveryFee());
        } else {
            entries.add(customer, Accounts.UNALLOCATED, split.total());
        }
        if (gatewayFee != null) {
            // the gateway keeps its fee out of what it holds for us
            entries.add(Accounts.GATEWAY_FEES, Accounts.GATEWAY_CLEARING, gatewayFee);
        }
        return entries.list();
    }

    /**
     * A processed refund: the money leaves the gateway, and what the capture credited is reversed in
     * proportion (item share = amount × item price / total, rounded down; the rest from the delivery fee),
     * so a full refund reverses exactly.
     */
    public static List<LedgerEntryRecorded> refund(String requestId, String refundId, Money amount, Split split) {
        Entries entries = new Entries(requestId, refundId);
        entries.add(Accounts.REFUNDS, Accounts.GATEWAY_CLEARING, amount);
        if (split.allocated()) {
            long itemShare = Math.multiplyExact(amount.amountMinor(), split.itemPrice().amountMinor())
                    / split.total().amountMinor();
            entries.add(Accounts.storePayable(split.storeId()), Accounts.REFUNDS, new Money(itemShare, amount.currency()));
            entries.add(Accounts.PLATFORM_REVENUE, Accounts.REFUNDS,
                    new Money(amount.amountMinor() - itemShare, amount.currency()));
        } else {
            entries.add(Accounts.UNALLOCATED, Accounts.REFUNDS, amount);
        }
        return entries.list();
    }

    /** Entry ids are the reference and a position, so a recomputed movement has the same ids. */
    private static final class Entries {

        private final String requestId;
        private final String reference;
        private final List<LedgerEntryRecorded> list = new ArrayList<>();

        Entries(String requestId, String reference) {
            this.requestId = requestId;
            this.reference = reference;
        }

        void add(String debit, String credit, Money amount) {
            if (amount.amountMinor() == 0) {
                return; // nothing moved (a free delivery)
            }
            list.add(new LedgerEntryRecorded(requestId, "led_" + reference + "_" + (list.size() + 1), debit, credit,
                    amount, reference));
        }

        List<LedgerEntryRecorded> list() {
            return List.copyOf(list);
        }
    }
}
