package dev.concierge.payments.support;

import dev.concierge.payments.receipts.ReceiptLinks;
import java.net.URI;

/** The test profile's receipt link key (application.properties, {@code %test}), for tests that sign or check links themselves. */
public final class ReceiptKeys {

    public static final String KEY_BASE64 = "ZGV2LW9ubHktcmVjZWlwdC1saW5rLWtleS0zMmJ5dGVzIQ==";
    public static final URI PUBLIC_BASE_URL = URI.create("http://127.0.0.1:8084");

    private ReceiptKeys() {
    }

    public static ReceiptLinks links() {
        return new ReceiptLinks(KEY_BASE64, PUBLIC_BASE_URL);
    }
}
