package dev.concierge.bench.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signed-in customers with open requests, made the way a customer makes them: an OTP by SMS (read from
 * the dev outbox), {@code POST /v1/auth/verify}, then {@code POST /v1/requests}. Many customers and
 * requests so that per-user limits and per-request ordering spread as in real traffic.
 */
public final class Customers {

    /** A signed-in customer and the requests they own. */
    public record Customer(String phone, String token, List<String> requestIds) {
    }

    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");
    private static final Map<String, Object> ADDRESS = Map.of("line1", "12 MG Road", "city", "Bengaluru",
            "pincode", "560001", "location", Map.of("lat", 12.9745, "lon", 77.6062));

    private final Stack stack;
    private final SetupHttp http = new SetupHttp();

    public Customers(Stack stack) {
        this.stack = stack;
    }

    /** {@code count} customers with {@code requestsEach} open requests each, prepared four at a time. */
    public List<Customer> prepare(int count, int requestsEach, long seed, PrintStream out) throws Exception {
        return FourAtATime.run(out, "customers", count, "signed in with their requests",
                i -> prepareOne(String.format("+9170%08d", (seed + i) % 100_000_000L), requestsEach));
    }

    private Customer prepareOne(String phone, int requestsEach) throws InterruptedException {
        http.post(stack.ingest() + "/v1/auth/otp", null, Map.of("phone", phone), 202);
        String code = awaitCode(phone, Duration.ofSeconds(60));
        String token = http.post(stack.ingest() + "/v1/auth/verify", null, Map.of("phone", phone, "code", code), 200)
                .path("accessToken").asText();
        List<String> requests = new ArrayList<>();
        for (int r = 0; r < requestsEach; r++) {
            requests.add(http.post(stack.ingest() + "/v1/requests", token, Map.of(
                    "text", "Dolo 650 tablet strip, 2 packs (bench " + r + ")", "deliveryAddress", ADDRESS), 202)
                    .path("requestId").asText());
        }
        return new Customer(phone, token, List.copyOf(requests));
    }

    private String awaitCode(String phone, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        String url = stack.outbox() + "/api/messages?to=" + URLEncoder.encode(phone, StandardCharsets.UTF_8)
                + "&channel=SMS&limit=1";
        while (System.nanoTime() < deadline) {
            for (JsonNode message : http.get(url, 200)) {
                Matcher code = SIX_DIGITS.matcher(message.path("body").asText());
                if (code.find()) {
                    return code.group(1);
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no sign-in SMS for " + phone + " in the dev outbox within " + limit.toSeconds() + " s");
    }
}
