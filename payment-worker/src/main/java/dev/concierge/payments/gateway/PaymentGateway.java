package dev.concierge.payments.gateway;

import dev.concierge.schemas.common.Money;
import java.util.Optional;

/**
 * What the payment worker needs from a payment gateway. Every call either answers, throws
 * {@link GatewayRejectedException} (the gateway refused: a 4xx, never worth retrying) or
 * {@link GatewayUnavailableException} (5xx, rate limit, timeout, no connection: retry later).
 */
public interface PaymentGateway {

    /** A short name for logs and health: {@code razorpay}, {@code none}. */
    String name();

    /** The link created earlier with this reference id, if any (references are unique at the gateway). */
    Optional<GatewayLink> findLink(String referenceId);

    GatewayLink createLink(LinkRequest request);

    GatewayLink fetchLink(String linkId);

    GatewayLink cancelLink(String linkId);

    /** One payment with its fee, e.g. a payment of a link found paid by reconciliation. */
    GatewayPayment fetchPayment(String paymentId);

    /** The refund created earlier for this payment with this receipt, if any. */
    Optional<GatewayRefund> findRefund(String paymentId, String receipt);

    GatewayRefund refund(String paymentId, Money amount, String receipt, String requestId);
}
