package dev.concierge.payments.razorpay;

import dev.concierge.payments.application.GatewayNotice;
import dev.concierge.payments.application.GatewayNotice.Kind;
import dev.concierge.payments.application.MalformedWebhookException;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.payments.PaymentWebhook.RazorpayWebhookReceived;
import java.time.Instant;
import java.util.Map;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * Reads Razorpay's webhook payloads ({@code {"event": …, "payload": {"payment_link": {"entity": …},
 * "payment": {"entity": …}, "refund": {"entity": …}}, "created_at": …}}) into a {@link GatewayNotice}.
 * Razorpay writes empty {@code notes} as {@code []}, so notes are read only when they are an object.
 */
public final class RazorpayWebhookParser {

    private static final Map<String, Kind> KINDS = Map.of(
            "payment_link.paid", Kind.PAID,
            "payment.captured", Kind.PAID,
            "payment.failed", Kind.FAILED,
            "payment_link.expired", Kind.LINK_EXPIRED,
            "refund.processed", Kind.REFUND_PROCESSED,
            "refund.failed", Kind.REFUND_FAILED);

    private RazorpayWebhookParser() {
    }

    public static GatewayNotice parse(RazorpayWebhookReceived webhook) {
        Kind kind = KINDS.getOrDefault(webhook.eventName(), Kind.NOT_ACTED_ON);
        if (kind == Kind.NOT_ACTED_ON) {
            return new GatewayNotice(webhook.eventId(), kind, null, null, null, null, null, null, null, null, null,
                    webhook.receivedAt());
        }
        try {
            JSONObject root = new JSONObject(webhook.rawPayload());
            JSONObject payload = root.getJSONObject("payload");
            JSONObject link = entity(payload, "payment_link");
            JSONObject payment = entity(payload, "payment");
            JSONObject refund = entity(payload, "refund");
            Instant at = root.has("created_at") ? Instant.ofEpochSecond(root.getLong("created_at")) : webhook.receivedAt();
            if (kind == Kind.REFUND_PROCESSED || kind == Kind.REFUND_FAILED) {
                return new GatewayNotice(webhook.eventId(), kind, note(refund, "requestId"), null, null,
                        refund.getString("payment_id"), refund.getString("id"), money(refund, "amount"), null, null,
                        kind == Kind.REFUND_FAILED ? "the gateway failed refund " + refund.getString("id") : null, at);
            }
            if (kind == Kind.LINK_EXPIRED) {
                return new GatewayNotice(webhook.eventId(), kind, note(link, "requestId"), link.getString("id"),
                        link.optString("order_id", null), null, null, null, null, null, null, at);
            }
            return new GatewayNotice(webhook.eventId(), kind, note(payment, "requestId"),
                    link != null ? link.getString("id") : null, payment.optString("order_id", null),
                    payment.getString("id"), null, money(payment, "amount"),
                    payment.has("fee") && !payment.isNull("fee") ? money(payment, "fee") : null,
                    payment.optString("method", null), failureReason(payment), at);
        } catch (JSONException | NullPointerException | IllegalArgumentException e) {
            throw new MalformedWebhookException("Razorpay " + webhook.eventName() + " webhook " + webhook.eventId()
                    + " lacks what the event carries: " + e.getMessage(), e);
        }
    }

    private static JSONObject entity(JSONObject payload, String name) {
        JSONObject wrapper = payload.optJSONObject(name);
        return wrapper != null ? wrapper.getJSONObject("entity") : null;
    }

    private static Money money(JSONObject entity, String field) {
        return new Money(entity.getLong(field), entity.optString("currency", "INR"));
    }

    private static String note(JSONObject entity, String key) {
        JSONObject notes = entity != null ? entity.optJSONObject("notes") : null;
        return notes != null ? notes.optString(key, null) : null;
    }

    private static String failureReason(JSONObject payment) {
        String description = payment.optString("error_description", null);
        return description != null ? description : payment.optString("error_reason", null);
    }
}
