package dev.concierge.payments.gateway;

import dev.concierge.schemas.common.Money;
import java.util.Optional;

/** The gateway when no credentials are set: every call refuses, so its command is dead-lettered with the reason. */
public final class NoGateway implements PaymentGateway {

    @Override
    public String name() {
        return "none";
    }

    @Override
    public Optional<GatewayLink> findLink(String referenceId) {
        throw new NoGatewayConfiguredException();
    }

    @Override
    public GatewayLink createLink(LinkRequest request) {
        throw new NoGatewayConfiguredException();
    }

    @Override
    public GatewayLink fetchLink(String linkId) {
        throw new NoGatewayConfiguredException();
    }

    @Override
    public GatewayLink cancelLink(String linkId) {
        throw new NoGatewayConfiguredException();
    }

    @Override
    public GatewayPayment fetchPayment(String paymentId) {
        throw new NoGatewayConfiguredException();
    }

    @Override
    public Optional<GatewayRefund> findRefund(String paymentId, String receipt) {
        throw new NoGatewayConfiguredException();
    }

    @Override
    public GatewayRefund refund(String paymentId, Money amount, String receipt, String requestId) {
        throw new NoGatewayConfiguredException();
    }
}
