package dev.concierge.requests.domain;

import dev.concierge.schemas.common.Money;
import java.math.BigDecimal;

/** Money as people read it in a message ("INR 450.00"); templates get text, not minor units. */
final class Amounts {

    private Amounts() {
    }

    static String format(Money money) {
        return money.currency() + " " + BigDecimal.valueOf(money.amountMinor(), 2).toPlainString();
    }
}
