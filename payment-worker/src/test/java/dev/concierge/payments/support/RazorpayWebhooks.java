package dev.concierge.payments.support;

import dev.concierge.schemas.payments.PaymentWebhook.RazorpayWebhookReceived;
import java.time.Instant;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Razorpay webhook bodies in the shapes of Razorpay's webhook docs (event, contains, payload with
 * entities, created_at), wrapped as ingest-api stores them on {@code payments.webhooks}.
 */
public final class RazorpayWebhooks {

    private static final long CREATED_AT = 1_764_500_300L;

    private RazorpayWebhooks() {
    }

    public static RazorpayWebhookReceived linkPaid(String eventId, String linkId, String orderId, String paymentId,
            long amount, Long fee) {
        JSONObject payload = new JSONObject()
                .put("payment_link", wrap(link(linkId, orderId, amount, "paid").put("amount_paid", amount)))
                .put("payment", wrap(payment(paymentId, orderId, amount, "captured", fee)));
        return received(eventId, "payment_link.paid", linkId, payload, "payment_link", "order", "payment");
    }

    public static RazorpayWebhookReceived paymentCaptured(String eventId, String orderId, String paymentId, long amount,
            Long fee) {
        JSONObject payload = new JSONObject().put("payment", wrap(payment(paymentId, orderId, amount, "captured", fee)));
        return received(eventId, "payment.captured", paymentId, payload, "payment");
    }

    public static RazorpayWebhookReceived paymentFailed(String eventId, String orderId, String paymentId, long amount) {
        JSONObject payment = payment(paymentId, orderId, amount, "failed", null)
                .put("error_code", "BAD_REQUEST_ERROR").put("error_reason", "payment_declined")
                .put("error_description", "Payment was declined by the bank");
        return received(eventId, "payment.failed", paymentId, new JSONObject().put("payment", wrap(payment)), "payment");
    }

    public static RazorpayWebhookReceived linkExpired(String eventId, String linkId, String orderId, long amount) {
        JSONObject payload = new JSONObject().put("payment_link", wrap(link(linkId, orderId, amount, "expired")));
        return received(eventId, "payment_link.expired", linkId, payload, "payment_link");
    }

    public static RazorpayWebhookReceived refundProcessed(String eventId, String refundId, String paymentId, long amount) {
        JSONObject refund = new JSONObject().put("id", refundId).put("entity", "refund").put("amount", amount)
                .put("currency", "INR").put("payment_id", paymentId).put("notes", new JSONArray())
                .put("receipt", JSONObject.NULL).put("status", "processed").put("speed_processed", "normal")
                .put("created_at", CREATED_AT);
        return received(eventId, "refund.processed", refundId, new JSONObject().put("refund", wrap(refund)), "refund");
    }

    private static JSONObject link(String linkId, String orderId, long amount, String status) {
        return new JSONObject().put("id", linkId).put("amount", amount).put("amount_paid", 0).put("currency", "INR")
                .put("order_id", orderId).put("status", status).put("notes", new JSONArray())
                .put("short_url", "https://rzp.io/i/" + linkId.substring(6)).put("created_at", CREATED_AT - 600);
    }

    private static JSONObject payment(String paymentId, String orderId, long amount, String status, Long fee) {
        JSONObject payment = new JSONObject().put("id", paymentId).put("entity", "payment").put("amount", amount)
                .put("currency", "INR").put("status", status).put("order_id", orderId).put("method", "upi")
                .put("captured", "captured".equals(status)).put("notes", new JSONArray())
                .put("vpa", "asha@okhdfc").put("created_at", CREATED_AT - 5);
        if (fee != null) {
            payment.put("fee", fee).put("tax", fee * 18 / 118);
        }
        return payment;
    }

    private static JSONObject wrap(JSONObject entity) {
        return new JSONObject().put("entity", entity);
    }

    private static RazorpayWebhookReceived received(String eventId, String event, String entityId, JSONObject payload,
            String... contains) {
        JSONObject body = new JSONObject().put("entity", "event").put("account_id", "acc_Concierge01")
                .put("event", event).put("contains", new JSONArray(contains)).put("payload", payload)
                .put("created_at", CREATED_AT);
        return new RazorpayWebhookReceived(eventId, event, entityId, body.toString(), Instant.ofEpochSecond(CREATED_AT + 1));
    }
}
