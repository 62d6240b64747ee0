package dev.concierge.payments.simulated;

import dev.concierge.schemas.common.Money;

/** A refund the simulated gateway made; {@code receipt} is the caller's, unique per payment. */
public record SimulatedRefund(String id, String paymentId, Money amount, String receipt, String requestId) {
}
