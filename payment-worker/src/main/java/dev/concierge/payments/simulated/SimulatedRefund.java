package dev.concierge.payments.simulated;

import dev.concierge.schemas.common.Money;

/**
 * A refund the simulated gateway made; {@code receipt} is the caller's, unique per payment.
 * {@code status} is {@code processed}, or {@code failed} when the test control asked for a failure.
 */
public record SimulatedRefund(String id, String paymentId, Money amount, String receipt, String requestId,
        String status) {

    public static final String PROCESSED = "processed";
    public static final String FAILED = "failed";

    public boolean failed() {
        return FAILED.equals(status);
    }
}
