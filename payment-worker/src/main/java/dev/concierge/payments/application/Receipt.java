package dev.concierge.payments.application;

import dev.concierge.payments.ledger.Split;
import dev.concierge.schemas.common.Money;
import java.time.Instant;

/**
 * What a payment's receipt says: who paid what for which request, how and when, and what the money
 * is for (the quote's split; its item price, delivery fee and store are null when the link's
 * command carried none). {@code customerId} also decides who may read it.
 */
public record Receipt(String paymentId, String requestId, String linkId, String customerId, Money amount,
        String method, Instant capturedAt, Split split) {
}
