package dev.concierge.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.infra.cli.Options;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request's whole life on the running dev stack, narrated: a customer signs in with the code
 * the dev outbox caught, asks for a phone charger with a photo of the phone, answers the AI's
 * question, two stores answer the WhatsApp outreach through the dev outbox, the agent sends the
 * quote, the customer accepts and pays on the simulated gateway's page, the agent has it delivered
 * and the customer rates it. Every step waits for its effect on the read side ({@code GET
 * /v1/requests/{id}} as the customer sees it) and fails after its time limit, so the demo doubles as
 * a check that the stack works. {@code ./concierge demo} runs {@link #main}; the stack tests run
 * {@link #play()} and check its {@link Played}.
 */
public final class DemoJourney {

    /** Arjun handles phone accessories in the demo directory. */
    static final String AGENT_EMAIL = "arjun@concierge.local";
    static final Map<String, Object> CUSTOMER_ADDRESS = Map.of("line1", "12 MG Road", "city", "Bengaluru",
            "pincode", "560001", "location", Map.of("lat", 12.9745, "lon", 77.6062));
    static final String REQUEST_TEXT = "mujhe isi phone ke liye charger chahiye";
    static final String ANSWER = "Type-C wala, 20W fast charger";
    private static final long[] STORE_PRICES_RUPEES = {1450, 1390};
    private static final long DELIVERY_FEE_RUPEES = 40;
    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final DemoStack stack;
    private final Duration step;
    private final Narrator say;
    private final StackHttp http = new StackHttp();

    public DemoJourney(DemoStack stack, Duration step, PrintStream out) {
        this.stack = stack;
        this.step = step;
        this.say = new Narrator(out);
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        Duration step = Duration.ofSeconds(options.intValue("step-seconds", "CONCIERGE_DEMO_STEP_SECONDS", 90));
        try {
            new DemoJourney(DemoStack.from(options), step, System.out).play();
        } catch (StepFailedException e) {
            System.err.println();
            System.err.println("The demo stopped: " + e.getMessage());
            System.err.println("The services' logs are in .data/logs/ (./concierge status shows what runs).");
            System.exit(1);
        }
    }

    /** What the demo did, for a test to check. */
    public record Played(String requestId, String customerPhone, JsonNode finalRequest, List<JsonNode> timeline,
            List<String> questionsAsked, int storesContacted, int paymentLinkMessages) {
    }

    public Played play() {
        say.line("Concierge demo: one request from the customer's first message to a rated delivery.");

        say.step("A customer signs in with their phone number");
        String phone = "+9198" + String.format("%08d", new SecureRandom().nextInt(100_000_000));
        http.post(stack.ingest() + "/v1/auth/otp", null, Map.of("phone", phone), 202);
        String code = say.await("the sign-in code by SMS in the dev outbox", step, () -> signInCode(phone),
                () -> "no SMS to " + phone);
        JsonNode session = http.post(stack.ingest() + "/v1/auth/verify", null, Map.of("phone", phone, "code", code), 200);
        String customer = session.path("accessToken").asText();
        say.saw("code " + code + " → signed in as " + session.path("subject").asText());

        say.step("They photograph their phone and ask: \"" + REQUEST_TEXT + "\"");
        String mediaId = http.upload(stack.ingest() + "/v1/media", customer, "phone.png", "image/png",
                resource("/demo/phone-photo.png"), 201).path("mediaId").asText();
        String requestId = http.post(stack.ingest() + "/v1/requests", customer, Map.of("text", REQUEST_TEXT,
                "mediaIds", List.of(mediaId), "deliveryAddress", CUSTOMER_ADDRESS), 202).path("requestId").asText();
        say.saw("photo " + mediaId + " uploaded; request " + requestId + " accepted (202)");

        say.step("The AI reads the photo and the text, names the category and asks what is missing");
        JsonNode asking = awaitRequest(requestId, customer, "the AI's questions (NEEDS_INFO)",
                r -> status(r).equals("NEEDS_INFO") && r.path("openQuestions").size() > 0);
        List<String> questions = new ArrayList<>();
        asking.path("openQuestions").forEach(q -> questions.add(q.asText()));
        JsonNode understood = asking.path("enrichment");
        say.saw("category " + understood.path("category").asText("?") + ", photo text \""
                + understood.path("details").path("photoText").asText("").replace('\n', ' ') + "\", understood "
                + understood.path("specs"));
        questions.forEach(q -> say.saw("bot asks: " + q));

        say.step("The customer answers in the chat: \"" + ANSWER + "\"");
        http.post(stack.ingest() + "/v1/requests/" + requestId + "/messages", customer, Map.of("text", ANSWER), 202);
        JsonNode sourcing = awaitRequest(requestId, customer, "stores to be contacted (SOURCING)",
                r -> status(r).equals("SOURCING") && r.path("outreach").size() >= 2);
        say.saw("now understood: " + sourcing.path("enrichment").path("specs"));

        say.step("Stores near the customer get a WhatsApp with a reply code; two of them answer");
        Map<String, String> codesByStorePhone = awaitOutreachMessages(sourcing);
        int reply = 0;
        for (Map.Entry<String, String> store : codesByStorePhone.entrySet()) {
            if (reply == STORE_PRICES_RUPEES.length) {
                break;
            }
            String answer = store.getValue() + " YES " + STORE_PRICES_RUPEES[reply++];
            http.post(stack.outbox() + "/api/inbound", null, Map.of("from", store.getKey(), "body", answer), 200);
            say.saw(store.getKey() + " replies \"" + answer + "\"");
        }
        JsonNode quoted = awaitRequest(requestId, customer, "both replies recorded",
                r -> availableQuotes(r) >= STORE_PRICES_RUPEES.length);

        say.step("Agent Arjun signs in and sends the customer the best quote");
        JsonNode agentLogin = DemoDirectory.agent(AGENT_EMAIL);
        String agent = http.post(stack.ingest() + "/v1/auth/login", null, Map.of("email", AGENT_EMAIL,
                "password", agentLogin.path("password").asText()), 200).path("accessToken").asText();
        JsonNode cheapest = cheapestQuote(quoted);
        long itemPrice = cheapest.path("price").path("amountMinor").asLong();
        http.post(stack.ingest() + "/v1/requests/" + requestId + "/commands/SendQuote", agent, Map.of(
                "storeId", cheapest.path("storeId").asText(),
                "itemPrice", Map.of("amountMinor", itemPrice, "currency", "INR"),
                "deliveryFee", Map.of("amountMinor", DELIVERY_FEE_RUPEES * 100, "currency", "INR"),
                "description", "20W USB-C power adapter for iPhone 13"), 202);
        JsonNode quote = awaitRequest(requestId, customer, "the quote (QUOTED)",
                r -> status(r).equals("QUOTED") && r.path("quote").has("quoteId")).path("quote");
        say.saw("quote " + quote.path("quoteId").asText() + ": item " + rupees(quote.path("itemPrice")) + " + delivery "
                + rupees(quote.path("deliveryFee")) + " = " + rupees(quote.path("total")));

        say.step("The customer accepts; a Razorpay-style payment link is made");
        http.post(stack.ingest() + "/v1/requests/" + requestId + "/commands/AcceptQuote", customer,
                Map.of("quoteId", quote.path("quoteId").asText()), 202);
        JsonNode link = awaitRequest(requestId, customer, "the payment link (AWAITING_PAYMENT)",
                r -> status(r).equals("AWAITING_PAYMENT") && r.path("paymentLink").has("url")).path("paymentLink");
        say.saw("link " + link.path("url").asText() + " for " + rupees(link.path("amount")));

        say.step("The customer pays on the simulated gateway's page");
        StackHttp.Answer paid = http.postForm(link.path("url").asText() + "/pay", Map.of());
        if (paid.status() != 200) {
            throw new StepFailedException("pressing Pay was answered " + paid.status() + ": "
                    + StackHttp.abbreviate(paid.text()));
        }
        JsonNode payment = awaitRequest(requestId, customer, "the signed webhook to make it PAID",
                r -> status(r).equals("PAID")).path("payment");
        say.saw("payment " + payment.path("paymentId").asText() + " captured: " + rupees(payment.path("amount")));

        say.step("Arjun has it picked up and delivered");
        fulfil(requestId, agent, Map.of("stage", "PICKED_UP", "riderName", "Ravi Kumar", "riderPhone", "+919900300301"));
        fulfil(requestId, agent, Map.of("stage", "OUT_FOR_DELIVERY", "eta", Instant.now().plusSeconds(1200).toString()));
        fulfil(requestId, agent, Map.of("stage", "DELIVERED", "note", "Handed over at the door"));
        awaitRequest(requestId, customer, "DELIVERED", r -> status(r).equals("DELIVERED"));

        say.step("The customer rates the delivery");
        http.post(stack.ingest() + "/v1/requests/" + requestId + "/commands/RateRequest", customer,
                Map.of("rating", 5, "comment", "Charger in 20 minutes, thank you!"), 202);
        awaitRequest(requestId, customer, "the rating", r -> r.path("rating").has("stars"));

        JsonNode detail = http.get(stack.projections() + "/v1/requests/" + requestId, customer, 200);
        List<JsonNode> timeline = new ArrayList<>();
        detail.path("timeline").forEach(timeline::add);
        int linkMessages = paymentLinkMessages(phone, link.path("linkId").asText());
        printTimeline(requestId, detail, timeline, codesByStorePhone.size(), linkMessages);
        if (linkMessages != 1) {
            throw new StepFailedException("the dev outbox holds " + linkMessages
                    + " messages with the payment link for " + phone + ", expected exactly one");
        }
        return new Played(requestId, phone, detail.path("request"), timeline, questions, codesByStorePhone.size(),
                linkMessages);
    }

    private void fulfil(String requestId, String agent, Map<String, Object> update) {
        http.post(stack.ingest() + "/v1/requests/" + requestId + "/commands/UpdateFulfilment", agent, update, 202);
        say.saw("fulfilment: " + update.get("stage"));
    }

    /** The snapshot as the customer reads it on the read side, once it meets {@code condition}. */
    private JsonNode awaitRequest(String requestId, String customer, String what, Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        return say.await(what, step, () -> {
            StackHttp.Answer answer = http.get(stack.projections() + "/v1/requests/" + requestId, customer);
            if (answer.status() != 200) {
                return null;
            }
            last[0] = answer.body().path("request");
            return condition.test(last[0]) ? last[0] : null;
        }, () -> last[0] == null ? "the request is not readable yet" : "status " + status(last[0]) + ", flags "
                + last[0].path("flags"));
    }

    /**
     * Store phone → reply code, from the outreach WhatsApps the dev outbox caught for this request. The
     * code is the request's (every store of a round gets the same one); outside a store's 24-hour
     * WhatsApp window the text travels as an approved template's variables, not as a body.
     */
    private Map<String, String> awaitOutreachMessages(JsonNode sourcing) {
        Set<String> codes = new HashSet<>();
        sourcing.path("outreach").forEach(o -> codes.add(o.path("replyCode").asText()));
        Map<String, String> found = new LinkedHashMap<>();
        return say.await("the outreach WhatsApps in the dev outbox", step, () -> {
            for (JsonNode message : http.get(stack.outbox() + "/api/messages?channel=WHATSAPP&limit=500", null, 200)) {
                String text = textOf(message);
                String storePhone = message.path("to").asText().replace("whatsapp:", "");
                for (String code : codes) {
                    if (text.contains("\"" + code + " YES") && !found.containsKey(storePhone)) {
                        found.put(storePhone, code);
                        say.saw("to " + storePhone + ": \"" + StackHttp.abbreviate(text) + "\"");
                    }
                }
            }
            return found.size() >= STORE_PRICES_RUPEES.length ? found : null;
        }, () -> found.size() + " outreach messages with the codes " + codes);
    }

    /** A message's words: its body, or the variables of the template it was sent as. */
    private static String textOf(JsonNode message) {
        StringBuilder text = new StringBuilder(message.path("body").asText(""));
        message.path("template").path("variables").forEach(value -> text.append(' ').append(value.asText()));
        return text.toString().trim();
    }

    private int paymentLinkMessages(String phone, String linkId) {
        int count = 0;
        for (String channel : new String[] {"WHATSAPP", "SMS"}) {
            for (JsonNode message : http.get(stack.outboxMessages(phone, channel, 500), null, 200)) {
                if (textOf(message).contains(linkId)) {
                    count++;
                }
            }
        }
        return count;
    }

    private void printTimeline(String requestId, JsonNode detail, List<JsonNode> timeline, int stores, int linkMessages) {
        JsonNode request = detail.path("request");
        say.line("");
        say.line("Timeline of " + requestId + " (from GET /v1/requests/{id}):");
        for (JsonNode fact : timeline) {
            String type = fact.path("type").asText().replaceFirst("^concierge\\.", "").replaceFirst("\\.v\\d+$", "");
            String actor = fact.path("actorRole").isTextual() ? " (" + fact.path("actorRole").asText() + ")" : "";
            say.line("  " + CLOCK.format(Instant.parse(fact.path("time").asText())) + "  " + type + actor);
        }
        say.line("");
        say.line("Status " + status(request) + ", rated " + request.path("rating").path("stars").asInt() + "/5: \""
                + request.path("rating").path("comment").asText() + "\"");
        say.line("Dev outbox: " + stores + " store outreach WhatsApps answered, " + linkMessages
                + " payment-link message to the customer (http://127.0.0.1:8090/).");
    }

    private String signInCode(String phone) {
        for (JsonNode message : http.get(stack.outboxMessages(phone, "SMS", 1), null, 200)) {
            Matcher code = SIX_DIGITS.matcher(message.path("body").asText());
            if (code.find()) {
                return code.group(1);
            }
        }
        return null;
    }

    private static int availableQuotes(JsonNode request) {
        int available = 0;
        for (JsonNode quote : request.path("storeQuotes")) {
            if (quote.path("available").asBoolean()) {
                available++;
            }
        }
        return available;
    }

    private static JsonNode cheapestQuote(JsonNode request) {
        JsonNode cheapest = null;
        for (JsonNode quote : request.path("storeQuotes")) {
            if (quote.path("available").asBoolean() && (cheapest == null || quote.path("price").path("amountMinor")
                    .asLong() < cheapest.path("price").path("amountMinor").asLong())) {
                cheapest = quote;
            }
        }
        if (cheapest == null) {
            throw new StepFailedException("no store quoted: " + request.path("storeQuotes"));
        }
        return cheapest;
    }

    private static String status(JsonNode request) {
        return request.path("status").asText();
    }

    private static String rupees(JsonNode money) {
        return String.format("₹%.2f", money.path("amountMinor").asLong() / 100.0);
    }

    private static byte[] resource(String path) {
        try (InputStream in = DemoJourney.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
