package dev.concierge.payments.application;

import dev.concierge.payments.ledger.Split;
import dev.concierge.schemas.common.Money;

/** A link this worker created, remembered so that webhooks about it find their request and amount. */
public record KnownLink(String linkId, String requestId, String quoteId, int attempt, String referenceId,
        String orderId, Money amount, Split split) {
}
