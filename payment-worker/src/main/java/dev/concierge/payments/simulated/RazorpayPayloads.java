package dev.concierge.payments.simulated;

import java.time.Instant;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Webhook bodies in Razorpay's shapes ({@code {"entity": "event", "event", "contains", "payload":
 * {"<name>": {"entity": …}}, "created_at"}}), as part 1's webhook parser reads them. The simulated
 * payment is a UPI payment; its fee is Razorpay's standard 2 % plus 18 % GST on the fee.
 */
final class RazorpayPayloads {

    private static final String ACCOUNT_ID = "acc_ConciergeSim01";
    static final String METHOD = "upi";

    private RazorpayPayloads() {
    }

    static SignedWebhook paymentCaptured(SimulatedLink link, String paymentId, Instant at) {
        JSONObject payload = new JSONObject().put("payment", wrap(payment(link, paymentId, "captured", at)));
        return event("payment.captured", payload, at, "payment");
    }

    static SignedWebhook linkPaid(SimulatedLink link, String paymentId, Instant at) {
        JSONObject payload = new JSONObject()
                .put("payment_link", wrap(link(link, "paid").put("amount_paid", link.amount().amountMinor())))
                .put("order", wrap(order(link, "paid")))
                .put("payment", wrap(payment(link, paymentId, "captured", at)));
        return event("payment_link.paid", payload, at, "payment_link", "order", "payment");
    }

    static SignedWebhook paymentFailed(SimulatedLink link, String paymentId, Instant at) {
        JSONObject payment = payment(link, paymentId, "failed", at)
                .put("error_code", "BAD_REQUEST_ERROR").put("error_source", "customer")
                .put("error_step", "payment_authentication").put("error_reason", "payment_declined")
                .put("error_description", "Payment was declined by the customer on the simulated pay page");
        return event("payment.failed", new JSONObject().put("payment", wrap(payment)), at, "payment");
    }

    static SignedWebhook linkExpired(SimulatedLink link, Instant at) {
        JSONObject entity = link(link, SimulatedLink.EXPIRED).put("expired_at", at.getEpochSecond());
        return event("payment_link.expired", new JSONObject().put("payment_link", wrap(entity)), at, "payment_link");
    }

    /** {@code refund.processed} or {@code refund.failed}, after the refund's status. */
    static SignedWebhook refundSettled(SimulatedRefund refund, SimulatedLink link, Instant at) {
        JSONObject entity = new JSONObject().put("id", refund.id()).put("entity", "refund")
                .put("amount", refund.amount().amountMinor()).put("currency", refund.amount().currency())
                .put("payment_id", refund.paymentId()).put("notes", new JSONObject().put("requestId", refund.requestId()))
                .put("receipt", refund.receipt()).put("acquirer_data", new JSONObject().put("arn", JSONObject.NULL))
                .put("created_at", at.getEpochSecond()).put("batch_id", JSONObject.NULL).put("status", refund.status())
                .put("speed_processed", "normal").put("speed_requested", "normal");
        JSONObject payload = new JSONObject().put("refund", wrap(entity))
                .put("payment", wrap(payment(link, refund.paymentId(), "captured", at)));
        return event("refund." + refund.status(), payload, at, "refund", "payment");
    }

    /** When a paid link's payment was taken: the {@code created_at} of the payment in the webhooks it stored. */
    static Instant paidAt(SimulatedLink link) {
        JSONObject body = new JSONObject(link.deliveries().get(0).body());
        return Instant.ofEpochSecond(body.getJSONObject("payload").getJSONObject("payment").getJSONObject("entity")
                .getLong("created_at"));
    }

    /** Razorpay's fee on a payment, tax included. */
    static long fee(long amountMinor) {
        long fee = Math.round(amountMinor * 0.02);
        return fee + Math.round(fee * 0.18);
    }

    private static JSONObject link(SimulatedLink link, String status) {
        return new JSONObject().put("id", link.id()).put("entity", "payment_link")
                .put("amount", link.amount().amountMinor()).put("amount_paid", 0)
                .put("currency", link.amount().currency()).put("accept_partial", false)
                .put("description", link.description()).put("reference_id", link.referenceId())
                .put("order_id", link.orderId()).put("status", status)
                .put("notes", new JSONObject().put("requestId", link.requestId()).put("quoteId", link.quoteId()))
                .put("short_url", JSONObject.NULL).put("created_at", link.createdAt().getEpochSecond())
                .put("expire_by", link.expiresAt() != null ? link.expiresAt().getEpochSecond() : 0);
    }

    private static JSONObject order(SimulatedLink link, String status) {
        return new JSONObject().put("id", link.orderId()).put("entity", "order")
                .put("amount", link.amount().amountMinor()).put("amount_paid", link.amount().amountMinor())
                .put("amount_due", 0).put("currency", link.amount().currency()).put("receipt", link.referenceId())
                .put("status", status).put("notes", new JSONArray()).put("created_at", link.createdAt().getEpochSecond());
    }

    private static JSONObject payment(SimulatedLink link, String paymentId, String status, Instant at) {
        long amount = link.amount().amountMinor();
        JSONObject payment = new JSONObject().put("id", paymentId).put("entity", "payment").put("amount", amount)
                .put("currency", link.amount().currency()).put("status", status).put("order_id", link.orderId())
                .put("invoice_id", JSONObject.NULL).put("international", false).put("method", METHOD)
                .put("amount_refunded", 0).put("refund_status", JSONObject.NULL)
                .put("captured", "captured".equals(status)).put("description", link.description())
                .put("vpa", "customer@simulated").put("notes", new JSONArray()).put("created_at", at.getEpochSecond());
        if ("captured".equals(status)) {
            long fee = fee(amount);
            payment.put("fee", fee).put("tax", fee * 18 / 118);
        }
        return payment;
    }

    private static JSONObject wrap(JSONObject entity) {
        return new JSONObject().put("entity", entity);
    }

    private static SignedWebhook event(String name, JSONObject payload, Instant at, String... contains) {
        JSONObject body = new JSONObject().put("entity", "event").put("account_id", ACCOUNT_ID).put("event", name)
                .put("contains", new JSONArray(contains)).put("payload", payload).put("created_at", at.getEpochSecond());
        return new SignedWebhook(name, RazorpayIds.next("evt"), body.toString());
    }
}
