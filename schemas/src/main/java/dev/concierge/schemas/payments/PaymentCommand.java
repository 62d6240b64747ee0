package dev.concierge.schemas.payments;

import dev.concierge.schemas.common.Description;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.envelope.EventType;
import java.time.Instant;

/** Values of {@code payments.commands}, keyed by request id: work for the payment worker. */
public sealed interface PaymentCommand {

    String requestId();

    /**
     * Issue a payment link for an accepted quote; the customer's contacts let the gateway notify them too.
     * {@code attempt} counts the links asked for this request (1, then 2 after an expired link was
     * re-accepted …): {@code requestId}, {@code quoteId} and {@code attempt} together identify one
     * link, so a redelivered command is the same link and a re-accept is a new one.
     */
    @EventType("concierge.payment.command.create-payment-link.v1")
    record CreatePaymentLink(
            String requestId,
            String quoteId,
            @Description("1 for the first link of this request, one more for every later link (after an expired "
                    + "link was re-accepted); with requestId and quoteId it is the link's idempotency key.") int attempt,
            Money amount,
            String customerId,
            @Nullable String customerPhone,
            @Nullable String customerEmail,
            String description,
            @Nullable Instant expiresAt,
            @Nullable @Description("The quote's item price, owed to the store; with deliveryFee it splits amount "
                    + "in the ledger. Absent on commands written before the split was carried.") Money itemPrice,
            @Nullable @Description("The quote's delivery fee, the platform's revenue.") Money deliveryFee,
            @Nullable @Description("The store the item price is owed to.") String storeId) implements PaymentCommand {

        public CreatePaymentLink {
            PositiveAmount.require(amount);
            if (attempt < 1) {
                throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
            }
        }

        /** A link without the quote's split (the ledger then books the whole amount as unallocated). */
        public CreatePaymentLink(String requestId, String quoteId, int attempt, Money amount, String customerId,
                String customerPhone, String customerEmail, String description, Instant expiresAt) {
            this(requestId, quoteId, attempt, amount, customerId, customerPhone, customerEmail, description, expiresAt,
                    null, null, null);
        }

        /** The one key a payment worker de-duplicates link creation on. */
        public String idempotencyKey() {
            return requestId + "/" + quoteId + "/" + attempt;
        }
    }

    /** Cancel a request's unpaid link (the request was cancelled while it waited for payment). */
    @EventType("concierge.payment.command.cancel-payment-link.v1")
    record CancelPaymentLink(String requestId, String linkId, String reason) implements PaymentCommand {
    }

    /** Refund all or part of a captured payment. */
    @EventType("concierge.payment.command.refund-payment.v1")
    record RefundPayment(String requestId, String paymentId, Money amount, String reason) implements PaymentCommand {

        public RefundPayment {
            PositiveAmount.require(amount);
        }
    }
}
