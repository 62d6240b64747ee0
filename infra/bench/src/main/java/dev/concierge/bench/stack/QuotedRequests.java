package dev.concierge.bench.stack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.bench.harness.ProgressBar;
import dev.concierge.bench.kafka.TopicTail;
import dev.concierge.bench.stack.Customers.Customer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Requests waiting for the customer's acceptance (QUOTED), made as the stack tests' journey makes them: an
 * admin registers an open store of the category near the customers, each customer asks for something the AI
 * worker reads fully ("Dolo 650, 2 strips", so it asks nothing and the request goes to SOURCING), and the
 * admin sends each request a quote. Each step waits for its effect on {@code requests.state}.
 */
public final class QuotedRequests {

    /** A request in QUOTED, its owner's token and the quote to accept. */
    public record Quoted(String requestId, String customerToken, String quoteId) {
    }

    static final String CATEGORY = "medicines-health";
    private static final Map<String, Object> STORE_ADDRESS = Map.of("line1", "1 MG Road", "city", "Bengaluru",
            "pincode", "560001", "location", Map.of("lat", 12.9750, "lon", 77.6060));
    private static final Map<String, Object> CUSTOMER_ADDRESS = Map.of("line1", "12 MG Road", "city", "Bengaluru",
            "pincode", "560001", "location", Map.of("lat", 12.9756, "lon", 77.6050));
    private static final Map<String, Object> ITEM_PRICE = Map.of("amountMinor", 3200, "currency", "INR");
    private static final Map<String, Object> DELIVERY_FEE = Map.of("amountMinor", 2500, "currency", "INR");

    private final Stack stack;
    private final String admin;
    private final PrintStream out;
    private final SetupHttp http = new SetupHttp();
    /** The latest snapshot (the event's {@code data}) of every request, from {@code requests.state}. */
    private final Map<String, JsonNode> latest = new ConcurrentHashMap<>();

    public QuotedRequests(Stack stack, String admin, PrintStream out) {
        this.stack = stack;
        this.admin = admin;
        this.out = out;
    }

    /**
     * Up to {@code count} quoted requests, owned round robin by {@code customers}; fewer when some did not reach
     * SOURCING or QUOTED within {@code limit} for each step (the number is printed).
     */
    public List<Quoted> prepare(List<Customer> customers, int count, long seed, Duration limit) throws Exception {
        String store = openStore(seed);
        try (TopicTail states = TopicTail.open(stack.kafka(), "requests.state",
                (key, value, readNanos) -> latest.put(key, SetupHttp.read(value).path("data")))) {
            List<String> ids = FourAtATime.run(out, "requests", count, "created", i -> http.post(stack.ingest() + "/v1/requests",
                    customers.get(i % customers.size()).token(), Map.of("text", "Dolo 650, 2 strips", "mediaIds", List.of(),
                            "categoryHint", CATEGORY, "deliveryAddress", CUSTOMER_ADDRESS), 202).path("requestId").asText());
            List<String> sourcing = await("enriched, SOURCING", ids, s -> status(s).equals("SOURCING"), limit);
            FourAtATime.run(out, "quotes", sourcing.size(), "sent", i -> http.post(stack.ingest() + "/v1/requests/" + sourcing.get(i)
                    + "/commands/SendQuote", admin, Map.of("storeId", store, "itemPrice", ITEM_PRICE,
                            "deliveryFee", DELIVERY_FEE), 202).path("eventId").asText());
            List<String> quoted = await("QUOTED", sourcing,
                    s -> status(s).equals("QUOTED") && s.path("quote").hasNonNull("quoteId"), limit);
            out.printf("  %d of %d requests reached SOURCING and %d QUOTED (the rest: %s)%n", sourcing.size(), count,
                    quoted.size(), statusesOfThe(ids, quoted));
            List<Quoted> ready = new ArrayList<>();
            for (String id : quoted) {
                Customer owner = customers.get(ids.indexOf(id) % customers.size());
                ready.add(new Quoted(id, owner.token(), latest.get(id).path("quote").path("quoteId").asText()));
            }
            return ready;
        }
    }

    /** An open store of the category (no published hours: open at any hour) near the customers; its id. */
    private String openStore(long seed) {
        String phone = String.format("+9180%08d", seed % 100_000_000L);
        String store = http.post(stack.ingest() + "/v1/stores", admin, Map.of("name", "Bench Pharmacy " + seed,
                "phone", phone, "categories", List.of(CATEGORY), "address", STORE_ADDRESS), 202).path("id").asText();
        http.post(stack.ingest() + "/v1/stores/" + store + "/availability", admin, Map.of("available", true), 202);
        return store;
    }

    /** The requests of {@code ids} whose snapshot meets {@code condition} once all do or {@code limit} passed. */
    private List<String> await(String what, List<String> ids, Predicate<JsonNode> condition, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        AtomicInteger meeting = new AtomicInteger();
        try (ProgressBar bar = ProgressBar.start(out, what, () -> meeting.get() / (double) Math.max(1, ids.size()),
                () -> meeting.get() + " of " + ids.size())) {
            while (true) {
                List<String> met = ids.stream().filter(id -> latest.containsKey(id) && condition.test(latest.get(id)))
                        .toList();
                meeting.set(met.size());
                if (met.size() == ids.size() || System.nanoTime() > deadline) {
                    return met;
                }
                Thread.sleep(200);
            }
        }
    }

    private Map<String, Long> statusesOfThe(List<String> ids, List<String> except) {
        Map<String, Long> byStatus = new TreeMap<>();
        ids.stream().filter(id -> !except.contains(id))
                .forEach(id -> byStatus.merge(latest.containsKey(id) ? status(latest.get(id)) : "not on requests.state",
                        1L, Long::sum));
        return byStatus;
    }

    private static String status(JsonNode snapshot) {
        return snapshot.path("status").asText();
    }
}
