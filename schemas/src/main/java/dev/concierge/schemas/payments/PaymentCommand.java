package dev.concierge.schemas.payments;

import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.envelope.EventType;
import java.time.Instant;

/** Values of {@code payments.commands}, keyed by request id: work for the payment worker. */
public sealed interface PaymentCommand {

    String requestId();

    /** Issue a payment link for an accepted quote; the customer's contacts let the gateway notify them too. */
    @EventType("concierge.payment.command.create-payment-link.v1")
    record CreatePaymentLink(
            String requestId,
            String quoteId,
            Money amount,
            String customerId,
            @Nullable String customerPhone,
            @Nullable String customerEmail,
            String description,
            @Nullable Instant expiresAt) implements PaymentCommand {

        public CreatePaymentLink {
            PositiveAmount.require(amount);
        }
    }

    /** Refund all or part of a captured payment. */
    @EventType("concierge.payment.command.refund-payment.v1")
    record RefundPayment(String requestId, String paymentId, Money amount, String reason) implements PaymentCommand {

        public RefundPayment {
            PositiveAmount.require(amount);
        }
    }
}
