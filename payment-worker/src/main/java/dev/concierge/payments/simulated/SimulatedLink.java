package dev.concierge.payments.simulated;

import dev.concierge.schemas.common.Money;
import java.time.Instant;
import java.util.List;

/**
 * A payment link of the simulated gateway, as it keeps it in MongoDB. {@code status} is what was
 * written ({@code created}, {@code paid}, {@code cancelled}); expiry is read from the clock.
 * A paid link keeps the payment id and the exact webhook bodies it sent, so paying again re-delivers
 * the same bytes instead of taking a second payment.
 */
public record SimulatedLink(String id, String referenceId, String orderId, Money amount, String description,
        String requestId, String quoteId, String status, Instant createdAt, Instant expiresAt, String paymentId,
        List<SignedWebhook> deliveries) {

    public static final String CREATED = "created";
    public static final String PAID = "paid";
    public static final String CANCELLED = "cancelled";
    public static final String EXPIRED = "expired";

    /** What a customer and the gateway's answers see at {@code now}: an unpaid link past its expiry is expired. */
    public String statusAt(Instant now) {
        if (CREATED.equals(status) && expiresAt != null && !now.isBefore(expiresAt)) {
            return EXPIRED;
        }
        return status;
    }
}
