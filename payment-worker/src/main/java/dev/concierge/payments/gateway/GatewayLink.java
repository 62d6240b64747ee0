package dev.concierge.payments.gateway;

import java.time.Instant;
import java.util.List;

/**
 * A payment link as the gateway knows it; {@code orderId} ties the link's payments to it, when the
 * gateway has one. {@code payments} are the attempts on it as the link lists them (no fees).
 */
public record GatewayLink(String id, String url, String status, long amountMinor, String currency, String referenceId,
        String orderId, Instant expiresAt, List<GatewayPayment> payments) {

    public static final String PAID = "paid";
    public static final String EXPIRED = "expired";
    public static final String CANCELLED = "cancelled";

    public boolean cancelled() {
        return CANCELLED.equals(status);
    }

    /** Nothing will happen to the link any more: paid, expired or cancelled. */
    public boolean settled() {
        return PAID.equals(status) || EXPIRED.equals(status) || CANCELLED.equals(status);
    }
}
