package dev.concierge.payments.razorpay;

import com.razorpay.Entity;
import com.razorpay.RazorpayClient;
import com.razorpay.RazorpayException;
import dev.concierge.payments.gateway.GatewayLink;
import dev.concierge.payments.gateway.GatewayPayment;
import dev.concierge.payments.gateway.GatewayRefund;
import dev.concierge.payments.gateway.GatewayRejectedException;
import dev.concierge.payments.gateway.LinkRequest;
import dev.concierge.payments.gateway.PaymentGateway;
import dev.concierge.schemas.common.Money;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Razorpay through its Java SDK: Standard Payment Links ({@code /v1/payment_links}) and normal
 * refunds ({@code /v1/payments/{id}/refund}). Razorpay's own SMS and email are off: Concierge
 * notifies the customer itself.
 */
public final class RazorpayGateway implements PaymentGateway {

    private final RazorpayClient client;

    public RazorpayGateway(String keyId, String keySecret, Optional<URI> baseUrl, Duration timeout) {
        try {
            this.client = new RazorpayClient(keyId, keySecret);
        } catch (RazorpayException e) {
            throw new IllegalStateException("the Razorpay SDK could not start: " + e.getMessage(), e);
        }
        RazorpayEndpoint.install(baseUrl, timeout);
    }

    @Override
    public String name() {
        return "razorpay";
    }

    @Override
    public Optional<GatewayLink> findLink(String referenceId) {
        return call(() -> client.paymentLink.fetchAll(new JSONObject().put("reference_id", referenceId))).stream()
                .map(link -> link(link.toJson()))
                .filter(link -> referenceId.equals(link.referenceId()))
                .findFirst();
    }

    @Override
    public GatewayLink createLink(LinkRequest request) {
        JSONObject customer = new JSONObject();
        if (request.customerPhone() != null) {
            customer.put("contact", request.customerPhone());
        }
        if (request.customerEmail() != null) {
            customer.put("email", request.customerEmail());
        }
        JSONObject body = new JSONObject()
                .put("amount", request.amount().amountMinor())
                .put("currency", request.amount().currency())
                .put("accept_partial", false)
                .put("description", request.description())
                .put("reference_id", request.referenceId())
                .put("customer", customer)
                .put("notify", new JSONObject().put("sms", false).put("email", false))
                .put("reminder_enable", false)
                .put("notes", new JSONObject().put("requestId", request.requestId()).put("quoteId", request.quoteId()));
        if (request.expiresAt() != null) {
            body.put("expire_by", request.expiresAt().getEpochSecond());
        }
        return link(call(() -> client.paymentLink.create(body)).toJson());
    }

    @Override
    public GatewayLink fetchLink(String linkId) {
        return link(call(() -> client.paymentLink.fetch(linkId)).toJson());
    }

    @Override
    public GatewayLink cancelLink(String linkId) {
        return link(call(() -> client.paymentLink.cancel(linkId)).toJson());
    }

    @Override
    public GatewayPayment fetchPayment(String paymentId) {
        JSONObject json = call(() -> client.payments.fetch(paymentId)).toJson();
        return new GatewayPayment(json.getString("id"), json.getLong("amount"), json.optString("currency", "INR"),
                json.optString("method", null), json.optString("status", null),
                Instant.ofEpochSecond(json.getLong("created_at")),
                json.has("fee") && !json.isNull("fee") ? json.getLong("fee") : null);
    }

    @Override
    public Optional<GatewayRefund> findRefund(String paymentId, String receipt) {
        return call(() -> client.payments.fetchAllRefunds(paymentId)).stream()
                .map(Entity::toJson)
                .filter(json -> receipt.equals(json.optString("receipt", null)))
                .map(RazorpayGateway::refund)
                .findFirst();
    }

    @Override
    public GatewayRefund refund(String paymentId, Money amount, String receipt, String requestId) {
        JSONObject body = new JSONObject()
                .put("amount", amount.amountMinor())
                .put("receipt", receipt)
                .put("notes", new JSONObject().put("requestId", requestId));
        return refund(call(() -> client.payments.refund(paymentId, body)).toJson());
    }

    private static GatewayLink link(JSONObject json) {
        long expireBy = json.optLong("expire_by", 0);
        String currency = json.optString("currency", "INR");
        return new GatewayLink(json.getString("id"), json.optString("short_url", null), json.optString("status", null),
                json.getLong("amount"), currency, json.optString("reference_id", null),
                json.optString("order_id", null), expireBy > 0 ? Instant.ofEpochSecond(expireBy) : null,
                linkPayments(json.optJSONArray("payments"), currency));
    }

    /** The link's own list of its payments ({@code payment_id}, amount, method, status; null before any). */
    private static List<GatewayPayment> linkPayments(JSONArray payments, String currency) {
        List<GatewayPayment> found = new ArrayList<>();
        for (int i = 0; payments != null && i < payments.length(); i++) {
            JSONObject p = payments.getJSONObject(i);
            found.add(new GatewayPayment(p.getString("payment_id"), p.getLong("amount"), currency,
                    p.optString("method", null), p.optString("status", null),
                    Instant.ofEpochSecond(p.optLong("created_at", 0)), null));
        }
        return found;
    }

    private static GatewayRefund refund(JSONObject json) {
        return new GatewayRefund(json.getString("id"), json.optString("payment_id", null), json.getLong("amount"),
                json.optString("currency", "INR"), json.optString("status", null));
    }

    /** Anything the SDK reports as a RazorpayException is the gateway's answer to a bad call (a 4xx). */
    private static <T> T call(SdkCall<T> call) {
        try {
            return call.run();
        } catch (RazorpayException e) {
            throw new GatewayRejectedException(e.getMessage());
        }
    }

    @FunctionalInterface
    private interface SdkCall<T> {
        T run() throws RazorpayException;
    }
}
