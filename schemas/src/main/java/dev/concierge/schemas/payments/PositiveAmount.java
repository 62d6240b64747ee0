package dev.concierge.schemas.payments;

import dev.concierge.schemas.common.Money;

/** A gateway cannot charge or refund nothing, so payment commands carry a positive amount. */
final class PositiveAmount {

    private PositiveAmount() {
    }

    static void require(Money amount) {
        if (amount != null && amount.amountMinor() <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amount.amountMinor());
        }
    }
}
