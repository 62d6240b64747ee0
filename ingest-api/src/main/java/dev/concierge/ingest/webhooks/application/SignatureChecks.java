package dev.concierge.ingest.webhooks.application;

import java.util.Map;

/** The gateways' own signature algorithms (implemented with their SDKs). */
public interface SignatureChecks {

    /** Razorpay: HMAC-SHA256 of the raw body with the webhook secret, hex encoded. */
    boolean razorpayValid(String rawBody, String signature);

    /** Twilio: HMAC-SHA1 over the public URL followed by the sorted POST parameters, base64 encoded. */
    boolean twilioValid(String url, Map<String, String> params, String signature);
}
