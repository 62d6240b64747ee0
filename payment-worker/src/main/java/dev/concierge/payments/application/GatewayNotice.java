package dev.concierge.payments.application;

import dev.concierge.schemas.common.Money;
import java.time.Instant;

/**
 * One gateway webhook, reduced to what the payment worker decides on. Fields a kind does not carry
 * are null: {@code requestId} is our own note on the entity when the gateway echoes it.
 */
public record GatewayNotice(
        String eventId,
        Kind kind,
        String requestId,
        String linkId,
        String orderId,
        String paymentId,
        String refundId,
        Money amount,
        Money fee,
        String method,
        String reason,
        Instant at) {

    public enum Kind {
        /** {@code payment_link.paid} or {@code payment.captured}: money was taken. */
        PAID,
        /** {@code payment.failed}. */
        FAILED,
        /** {@code payment_link.expired}. */
        LINK_EXPIRED,
        /** {@code refund.processed}. */
        REFUND_PROCESSED,
        /** {@code refund.failed}. */
        REFUND_FAILED,
        /** An event the worker does not act on (e.g. {@code payment.authorized}, {@code order.paid}). */
        NOT_ACTED_ON
    }
}
