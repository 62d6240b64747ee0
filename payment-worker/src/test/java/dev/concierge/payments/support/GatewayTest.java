package dev.concierge.payments.support;

/**
 * What a test of the worker against the Razorpay fake starts from: the topics, requests with
 * links, and the fake. The concrete class carries {@code @QuarkusTest},
 * {@code @WithTestResource(ConciergeTestResource.class)} and {@code @WithTestResource(RazorpayFakeResource.class)}.
 */
public abstract class GatewayTest {

    protected static final String COMMANDS_GROUP = "payment-worker-commands";
    protected static final String WEBHOOKS_GROUP = "payment-worker-webhooks";

    protected final PaymentTopics topics = new PaymentTopics();
    protected final Checkouts checkouts = new Checkouts(topics);
    protected final RazorpayApiFake razorpay = RazorpayApiFake.shared();
}
