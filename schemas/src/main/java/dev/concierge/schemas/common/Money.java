package dev.concierge.schemas.common;

import java.util.Objects;
import java.util.regex.Pattern;

/** An amount in the currency's minor unit (paise for INR), never a floating point number. */
public record Money(long amountMinor, String currency) {

    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!ISO_4217.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as INR, was '" + currency + "'");
        }
        if (amountMinor < 0) {
            throw new IllegalArgumentException("amountMinor must not be negative, was " + amountMinor);
        }
    }

    public static Money inr(long paise) {
        return new Money(paise, "INR");
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amountMinor + other.amountMinor, currency);
    }
}
