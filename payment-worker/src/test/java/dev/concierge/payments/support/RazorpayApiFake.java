package dev.concierge.payments.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * A local HTTP fake of the parts of the Razorpay API the worker calls, answering in Razorpay's JSON
 * shapes (docs: Payment Links create/fetch/fetch-all/cancel, Refunds create/fetch-all): Basic auth,
 * unique {@code reference_id}, a refund no larger than what was captured, {@code BAD_REQUEST_ERROR}
 * bodies for 4xx. One per test JVM ({@link #shared()}), because the SDK's HTTP client is static.
 */
public final class RazorpayApiFake {

    public static final String KEY_ID = "rzp_test_concierge";
    public static final String KEY_SECRET = "fake-secret";
    /** When {@link #payLink} says the customer paid. */
    public static final long PAID_AT = 1_764_500_500L;

    private static RazorpayApiFake shared;

    /** One call as received: method, path, decoded query, JSON body (empty for GET) and Authorization header. */
    public record Call(String method, String path, Map<String, String> query, JSONObject body, String authorization) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, JSONObject> links = new ConcurrentHashMap<>();
    private final Map<String, Long> captured = new ConcurrentHashMap<>();
    private final Map<String, JSONObject> payments = new ConcurrentHashMap<>();
    private final Map<String, List<JSONObject>> refunds = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1_000);
    private final AtomicInteger failuresToServe = new AtomicInteger();

    private RazorpayApiFake() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/", this::serve);
        server.start();
    }

    public static synchronized RazorpayApiFake shared() {
        if (shared == null) {
            try {
                shared = new RazorpayApiFake();
            } catch (IOException e) {
                throw new IllegalStateException("could not start the Razorpay API fake", e);
            }
        }
        return shared;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The gateway took this payment (as a customer paying a link would), so it can be refunded. */
    public void paymentCaptured(String paymentId, long amountMinor) {
        captured.put(paymentId, amountMinor);
    }

    /**
     * A customer paid the link at Razorpay (UPI, at the fake's fixed time): the link turns {@code paid}
     * and lists the payment, {@code GET /v1/payments/{id}} answers it with its fee. No webhook is sent.
     */
    public void payLink(String linkId, String paymentId, long fee) {
        JSONObject link = links.get(linkId);
        long amount = link.getLong("amount");
        link.put("status", "paid").put("amount_paid", amount).put("payments", new JSONArray().put(new JSONObject()
                .put("amount", amount).put("created_at", PAID_AT).put("method", "upi").put("payment_id", paymentId)
                .put("plink_id", linkId).put("status", "captured").put("updated_at", PAID_AT)));
        payments.put(paymentId, new JSONObject().put("id", paymentId).put("entity", "payment").put("amount", amount)
                .put("currency", link.getString("currency")).put("status", "captured")
                .put("order_id", link.getString("order_id")).put("method", "upi").put("captured", true)
                .put("fee", fee).put("tax", fee * 18 / 118).put("vpa", "asha@okhdfc").put("created_at", PAID_AT));
        paymentCaptured(paymentId, amount);
    }

    /** The link's {@code expire_by} passed unpaid: Razorpay shows it {@code expired}. No webhook is sent. */
    public void expireLink(String linkId) {
        links.get(linkId).put("status", "expired").put("expired_at", PAID_AT);
    }

    /** The order Razorpay made for a link: its payments name it. */
    public String orderOf(String linkId) {
        return links.get(linkId).getString("order_id");
    }

    /** The next {@code count} calls answer 503, as Razorpay does when it is in trouble. */
    public void failNext(int count) {
        failuresToServe.set(count);
    }

    public List<Call> calls(String method, String pathPrefix) {
        return calls.stream().filter(c -> c.method().equals(method) && c.path().startsWith(pathPrefix)).toList();
    }

    public List<Call> linkCreations(String referenceId) {
        return calls("POST", "/v1/payment_links").stream()
                .filter(c -> c.path().equals("/v1/payment_links") && referenceId.equals(c.body().optString("reference_id")))
                .toList();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Call call = new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    query(exchange.getRequestURI().getRawQuery()), body.isBlank() ? new JSONObject() : new JSONObject(body),
                    exchange.getRequestHeaders().getFirst("Authorization"));
            calls.add(call);
            if (failuresToServe.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                send(exchange, 503, error("SERVER_ERROR", "The server is temporarily unavailable"));
                return;
            }
            String expected = "Basic " + Base64.getEncoder().encodeToString((KEY_ID + ":" + KEY_SECRET)
                    .getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(call.authorization())) {
                send(exchange, 401, error("BAD_REQUEST_ERROR", "The api key provided is invalid"));
                return;
            }
            answer(exchange, call);
        }
    }

    private void answer(HttpExchange exchange, Call call) throws IOException {
        String[] path = call.path().replaceAll("/$", "").split("/"); // "", "v1", resource, id, action
        if (path[2].equals("payment_links")) {
            if (path.length == 3 && call.method().equals("POST")) {
                createLink(exchange, call.body());
            } else if (path.length == 3) {
                JSONArray found = new JSONArray();
                links.values().stream().filter(l -> l.getString("reference_id").equals(call.query().get("reference_id")))
                        .forEach(found::put);
                send(exchange, 200, new JSONObject().put("payment_links", found));
            } else if (!links.containsKey(path[3])) {
                send(exchange, 400, error("BAD_REQUEST_ERROR", "The id provided does not exist"));
            } else if (path.length == 5 && path[4].equals("cancel")) {
                cancelLink(exchange, links.get(path[3]));
            } else {
                send(exchange, 200, links.get(path[3]));
            }
        } else if (path[2].equals("payments") && path.length == 4 && call.method().equals("GET")) {
            if (payments.containsKey(path[3])) {
                send(exchange, 200, payments.get(path[3]));
            } else {
                send(exchange, 400, error("BAD_REQUEST_ERROR", "The id provided does not exist"));
            }
        } else if (path[2].equals("payments") && path.length == 5) {
            if (!captured.containsKey(path[3])) {
                send(exchange, 400, error("BAD_REQUEST_ERROR", "The id provided does not exist"));
            } else if (call.method().equals("POST") && path[4].equals("refund")) {
                refund(exchange, path[3], call.body());
            } else {
                List<JSONObject> made = refunds.getOrDefault(path[3], List.of());
                send(exchange, 200, new JSONObject().put("entity", "collection").put("count", made.size())
                        .put("items", new JSONArray(made)));
            }
        } else {
            send(exchange, 404, error("BAD_REQUEST_ERROR", "The requested URL was not found on the server."));
        }
    }

    private void createLink(HttpExchange exchange, JSONObject request) throws IOException {
        String reference = request.optString("reference_id", "");
        if (links.values().stream().anyMatch(l -> l.getString("reference_id").equals(reference) && !reference.isEmpty())) {
            send(exchange, 400, error("BAD_REQUEST_ERROR", "Payment Link with given reference_id already exists"));
            return;
        }
        if (request.getLong("amount") < 100) {
            send(exchange, 400, error("BAD_REQUEST_ERROR", "The amount must be atleast INR 1.00"));
            return;
        }
        String id = "plink_" + ids.incrementAndGet();
        JSONObject link = new JSONObject()
                .put("accept_partial", request.optBoolean("accept_partial", false))
                .put("amount", request.getLong("amount")).put("amount_paid", 0)
                .put("cancelled_at", 0).put("created_at", 1_764_500_000L)
                .put("currency", request.optString("currency", "INR"))
                .put("customer", request.optJSONObject("customer", new JSONObject()))
                .put("description", request.optString("description", ""))
                .put("expire_by", request.optLong("expire_by", 0)).put("expired_at", 0)
                .put("first_min_partial_amount", 0).put("id", id)
                .put("notes", request.optJSONObject("notes", new JSONObject()))
                .put("notify", request.optJSONObject("notify", new JSONObject()))
                .put("order_id", "order_" + ids.incrementAndGet())
                .put("payments", JSONObject.NULL).put("reference_id", reference)
                .put("reminder_enable", request.optBoolean("reminder_enable", true)).put("reminders", new JSONArray())
                .put("short_url", "https://rzp.io/i/" + id.substring(6)).put("status", "created")
                .put("updated_at", 1_764_500_000L).put("upi_link", false).put("user_id", "");
        links.put(id, link);
        send(exchange, 200, link);
    }

    private void cancelLink(HttpExchange exchange, JSONObject link) throws IOException {
        if (!link.getString("status").equals("created")) {
            send(exchange, 400, error("BAD_REQUEST_ERROR", "Payment Link can not be cancelled in " + link.getString("status") + " state"));
            return;
        }
        link.put("status", "cancelled").put("cancelled_at", 1_764_500_100L);
        send(exchange, 200, link);
    }

    private void refund(HttpExchange exchange, String paymentId, JSONObject request) throws IOException {
        long refunded = refunds.getOrDefault(paymentId, List.of()).stream().mapToLong(r -> r.getLong("amount")).sum();
        long amount = request.optLong("amount", captured.get(paymentId) - refunded);
        if (refunded + amount > captured.get(paymentId)) {
            send(exchange, 400, error("BAD_REQUEST_ERROR",
                    "The refund amount provided is greater than amount captured"));
            return;
        }
        JSONObject refund = new JSONObject()
                .put("id", "rfnd_" + ids.incrementAndGet()).put("entity", "refund").put("amount", amount)
                .put("currency", "INR").put("payment_id", paymentId)
                .put("notes", request.optJSONObject("notes", new JSONObject()))
                .put("receipt", request.has("receipt") ? request.get("receipt") : JSONObject.NULL)
                .put("acquirer_data", new JSONObject().put("arn", JSONObject.NULL))
                .put("created_at", 1_764_500_200L).put("batch_id", JSONObject.NULL).put("status", "processed")
                .put("speed_processed", "normal").put("speed_requested", "normal");
        refunds.computeIfAbsent(paymentId, p -> new CopyOnWriteArrayList<>()).add(refund);
        send(exchange, 200, refund);
    }

    private static JSONObject error(String code, String description) {
        return new JSONObject().put("error", new JSONObject().put("code", code).put("description", description)
                .put("source", "business").put("step", "payment_initiation").put("reason", "input_validation_failed")
                .put("metadata", new JSONObject()));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    private static void send(HttpExchange exchange, int status, JSONObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

}
