package dev.concierge.payments.gateway;

/** A refund as the gateway knows it: {@code pending}, {@code processed} or {@code failed}. */
public record GatewayRefund(String id, String paymentId, long amountMinor, String currency, String status) {

    public boolean processed() {
        return "processed".equals(status);
    }

    public boolean failed() {
        return "failed".equals(status);
    }
}
