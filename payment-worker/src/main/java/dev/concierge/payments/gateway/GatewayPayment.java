package dev.concierge.payments.gateway;

import java.time.Instant;

/**
 * A payment as the gateway knows it: {@code captured}, {@code failed}, … The fee (tax included) is
 * known only once the gateway captured the payment, and only from the payment itself, not from the
 * link's list of its payments.
 */
public record GatewayPayment(String id, long amountMinor, String currency, String method, String status,
        Instant createdAt, Long feeMinor) {

    public boolean captured() {
        return "captured".equals(status);
    }
}
