package dev.concierge.ingest.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs test webhooks the way the gateways do, computed here from their documentation (not with
 * the code under test): Razorpay HMAC-SHA256(hex) of the raw body; Twilio HMAC-SHA1(base64) of the
 * full URL followed by every POST parameter name and value, sorted by name.
 */
public final class GatewaySignatures {

    public static final String RAZORPAY_SECRET = "dev-webhook-secret";
    public static final String TWILIO_TOKEN = "dev-twilio-token";
    public static final String PUBLIC_BASE_URL = "http://127.0.0.1:8081";

    private GatewaySignatures() {
    }

    public static String razorpay(String body, String secret) {
        return HexFormat.of().formatHex(hmac("HmacSHA256", secret, body));
    }

    public static String twilio(String path, Map<String, String> params, String token) {
        StringBuilder data = new StringBuilder(PUBLIC_BASE_URL + path);
        new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
        return Base64.getEncoder().encodeToString(hmac("HmacSHA1", token, data.toString()));
    }

    private static byte[] hmac(String algorithm, String key, String data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
