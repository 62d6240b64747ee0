package dev.concierge.payments.gateway;

/** The gateway refused the call (a 4xx); the message is the gateway's own. Retrying cannot help. */
public class GatewayRejectedException extends RuntimeException {

    public GatewayRejectedException(String gatewayMessage) {
        super(gatewayMessage);
    }
}
