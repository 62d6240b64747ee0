package dev.concierge.requests.lifecycle;

import dev.concierge.schemas.common.Money;
import java.math.BigDecimal;

/** Money as people read it in a message ("INR 450.00"); templates get text, not minor units. */
public final class Amounts {

    private Amounts() {
    }

    public static String format(Money money) {
        return money.currency() + " " + BigDecimal.valueOf(money.amountMinor(), 2).toPlainString();
    }
}
