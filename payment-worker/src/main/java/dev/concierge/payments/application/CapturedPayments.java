package dev.concierge.payments.application;

import java.util.Optional;

/** Which request and link each captured payment belongs to, for its refunds. */
public interface CapturedPayments {

    record Captured(String paymentId, String requestId, String linkId) {
    }

    void remember(Captured payment);

    Optional<Captured> byId(String paymentId);
}
