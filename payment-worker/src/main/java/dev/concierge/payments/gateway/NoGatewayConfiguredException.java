package dev.concierge.payments.gateway;

/** No gateway credentials are configured: a command cannot be carried out, however often it is retried. */
public class NoGatewayConfiguredException extends RuntimeException {

    public static final String REASON = "no-gateway-configured";

    public NoGatewayConfiguredException() {
        super(REASON + ": set RAZORPAY_KEY_ID and RAZORPAY_KEY_SECRET, or enable the simulated gateway "
                + "(concierge.payments.simulated.enabled, on in the dev and test profiles)");
    }
}
