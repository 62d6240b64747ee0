package dev.concierge.payments.support;

import java.util.UUID;

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

    /** A fresh Razorpay-style id: {@code pay_…}, {@code evt_…}, {@code plink_…} with 14 more characters. */
    protected static String newId(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
    }
}
