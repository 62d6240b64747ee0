package dev.concierge.payments.config;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** {@code concierge.payments.receipts.*}: where receipt links point, the key they are signed with, how long they work. */
@ConfigMapping(prefix = "concierge.payments.receipts")
public interface ReceiptSettings {

    /** PAYMENTS_PUBLIC_URL: this service as the notifier (and a customer's mail client) reaches it. */
    URI publicBaseUrl();

    /** RECEIPT_LINK_KEY: base64 of at least 32 random bytes; dev and test profiles have a default, production none. */
    Optional<String> linkKey();

    Duration linkValidity();
}
