package dev.concierge.payments.persistence;

import dev.concierge.schemas.common.Money;
import org.bson.Document;

/** Money as {@code {amountMinor, currency}}, the same shape as on the topics. */
final class MongoMoney {

    private MongoMoney() {
    }

    static Document write(Money money) {
        return money == null ? null : new Document("amountMinor", money.amountMinor()).append("currency", money.currency());
    }

    static Money read(Document document) {
        return document == null ? null
                : new Money(((Number) document.get("amountMinor")).longValue(), document.getString("currency"));
    }
}
