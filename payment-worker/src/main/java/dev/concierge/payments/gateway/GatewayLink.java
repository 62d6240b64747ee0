package dev.concierge.payments.gateway;

import java.time.Instant;

/** A payment link as the gateway knows it; {@code orderId} ties the link's payments to it, when the gateway has one. */
public record GatewayLink(String id, String url, String status, long amountMinor, String currency, String referenceId,
        String orderId, Instant expiresAt) {

    public boolean cancelled() {
        return "cancelled".equals(status);
    }
}
