package dev.concierge.payments.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the worker's Razorpay gateway at the JVM's {@link RazorpayApiFake} (keys set, base URL the fake's). */
public class RazorpayFakeResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        RazorpayApiFake fake = RazorpayApiFake.shared();
        return Map.of("concierge.payments.razorpay.key-id", RazorpayApiFake.KEY_ID,
                "concierge.payments.razorpay.key-secret", RazorpayApiFake.KEY_SECRET,
                "concierge.payments.razorpay.base-url", fake.baseUri().toString(),
                "concierge.payments.razorpay.timeout", "3s");
    }

    @Override
    public void stop() {
        // the fake serves every test of the JVM
    }
}
