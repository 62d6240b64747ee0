package dev.concierge.payments.gateway;

import dev.concierge.schemas.common.Money;
import java.time.Instant;

/** Everything a new payment link carries; contact fields and expiry may be absent. */
public record LinkRequest(String referenceId, Money amount, String description, String customerPhone,
        String customerEmail, Instant expiresAt, String requestId, String quoteId) {
}
