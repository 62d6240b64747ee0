package dev.concierge.ingest.shared.web.problems;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hostile probe as a table: every write endpoint, every attackable field, many phrasings of
 * each class of bad value (refused characters, non-finite and out-of-range numbers, coercions,
 * oversized values, wrong shapes) plus body-level attacks (duplicate keys, invalid UTF-8, trailing
 * data, deep nesting, no Content-Type). Each must be a 4xx problem+json that names the field, and
 * not one record may land on any topic while the table runs.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@TestProfile(HostileInputTest.RoomForTheProbe.class)
class HostileInputTest extends ApiTest {

    /** Hundreds of requests in seconds: budgets well above the table, so no answer is a 429 instead. */
    public static class RoomForTheProbe implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("concierge.rate-limit.per-user.permits", "100000",
                    "concierge.rate-limit.per-ip.permits", "100000");
        }
    }

    private static final String PROBLEM = "application/problem+json";
    private static final String SLOT = "\"@@hostile@@\"";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The kinds of field a body has, and what a prober sends in each. */
    enum Kind { TEXT, ID, LATITUDE, LONGITUDE, WHOLE, FLAG, CHOICE }

    private static final List<String> BAD_TEXT = List.of(
            "\"\\u0000\"", "\"nul\\u0000inside\"", "\"\\u001b[31mred\"", "\"bell\\u0007\"", "\"del\\u007f\"",
            "\"c1\\u0085\"", "\"c1\\u009b\"", "\"\\u202eevil\"", "\"a\\u202ab\"", "\"\\u2066isolate\\u2069\"",
            "\"\\ud800\"", "\"x\\udc00y\"", "\"\\ud83d\"", "\"\\uffff\"",
            // values that show nothing: whitespace and invisible characters only
            "\"   \"", "\"\\u200b\"", "\"\\u200d\\u200c\\u2060\"", "\"\\ufeff\"", "\"\\u00a0\\u3000\\t\"",
            "\"\\u3164\"", "\"\\u2800\\ufe0f\"", "\"\\u180e\\u034f\"",
            "\"" + "y".repeat(4001) + "\"", "\"" + "z".repeat(20_000) + "\"",
            "123", "12.5", "true", "{}", "[]", "[\"a\"]");
    private static final List<String> BAD_ID = concat(BAD_TEXT, List.of(
            "\"" + "q".repeat(101) + "\"", "\"a b\"", "\"../../etc\"", "\"\"", "\"$where\""));
    private static final List<String> BAD_LATITUDE = List.of("\"NaN\"", "NaN", "\"Infinity\"", "\"-Infinity\"",
            "Infinity", "-Infinity", "1e400", "-1e400", "90.0001", "-91", "\"12.5\"", "true", "null", "[]", "{}",
            "1" + "0".repeat(80));
    private static final List<String> BAD_LONGITUDE = List.of("\"NaN\"", "\"Infinity\"", "1e400", "180.5", "-181",
            "\"77.6\"", "false");
    private static final List<String> BAD_WHOLE = List.of("4.9", "100.99", "1.0", "1e2", "\"5\"", "\"\"",
            "99999999999999999999999", "-99999999999999999999999", "-1", "true", "[]", "\"NaN\"");
    private static final List<String> BAD_FLAG = List.of("\"true\"", "\"false\"", "1", "0", "\"yes\"", "[]", "{}");
    private static final List<String> BAD_CHOICE = List.of("0", "3", "\"NOT_A_VALUE\"", "\"\\u0000\"", "true", "{}");
    private static final Map<Kind, List<String>> HOSTILE = Map.of(Kind.TEXT, BAD_TEXT, Kind.ID, BAD_ID,
            Kind.LATITUDE, BAD_LATITUDE, Kind.LONGITUDE, BAD_LONGITUDE, Kind.WHOLE, BAD_WHOLE, Kind.FLAG, BAD_FLAG,
            Kind.CHOICE, BAD_CHOICE);

    /** Every topic ingest-api writes to. */
    private static final List<Topic<?>> WRITTEN = List.of(Topics.REQUESTS_COMMANDS, Topics.CHAT_MESSAGES,
            Topics.STORES_EVENTS, Topics.AGENTS_EVENTS, Topics.CUSTOMERS_EVENTS, Topics.STORES_INBOUND,
            Topics.PAYMENTS_WEBHOOKS, Topics.NOTIFICATIONS_COMMANDS, Topics.NOTIFICATIONS_EVENTS, Topics.STAFF_EVENTS);

    record Target(String name, String token, String method, String path, String body, Map<String, Kind> fields) {
    }

    @TestHTTPResource("/")
    URI root;
    private final InetAddress prober = loopbackOfItsOwn();
    private List<Target> targets;
    private String customerToken;
    private String agentEmail;

    @BeforeEach
    void setUp() throws Exception {
        Api.Session customer = api.customer();
        Api.Session agent = api.agent();
        Api.Session admin = api.admin();
        customerToken = customer.token();
        agentEmail = api.emailOf(agent);
        String requestId = Api.createRequest(customer);
        String storeId = Api.as(admin.token()).body(store()).when().post("/v1/stores").then().statusCode(202)
                .extract().path("id");
        String money = "{\"amountMinor\": 100, \"currency\": \"INR\"}";
        String address = "{\"line1\": \"12 MG Road\", \"city\": \"Bengaluru\", \"pincode\": \"560001\","
                + " \"location\": {\"lat\": 12.97, \"lon\": 77.6}}";
        String commands = "/v1/requests/" + requestId + "/commands/";
        targets = List.of(
                new Target("CreateRequest", customer.token(), "POST", "/v1/requests",
                        "{\"text\": \"milk\", \"categoryHint\": \"dairy\", \"deliveryAddress\": " + address + "}",
                        fields("text", Kind.TEXT, "categoryHint", Kind.TEXT, "deliveryAddress.line1", Kind.TEXT,
                                "deliveryAddress.city", Kind.TEXT, "deliveryAddress.pincode", Kind.TEXT,
                                "deliveryAddress.location.lat", Kind.LATITUDE,
                                "deliveryAddress.location.lon", Kind.LONGITUDE)),
                new Target("PostMessage", customer.token(), "POST", "/v1/requests/" + requestId + "/messages",
                        "{\"text\": \"any brand\", \"mediaIds\": []}", fields("text", Kind.TEXT)),
                new Target("CancelRequest", customer.token(), "POST", commands + "CancelRequest",
                        "{\"reason\": \"found it\"}", fields("reason", Kind.TEXT)),
                new Target("AcceptQuote", customer.token(), "POST", commands + "AcceptQuote",
                        "{\"quoteId\": \"quote-1\"}", fields("quoteId", Kind.ID)),
                new Target("RequestRefund", customer.token(), "POST", commands + "RequestRefund",
                        "{\"amount\": " + money + ", \"reason\": \"late\"}",
                        fields("amount.amountMinor", Kind.WHOLE, "amount.currency", Kind.TEXT, "reason", Kind.TEXT)),
                new Target("RateRequest", customer.token(), "POST", commands + "RateRequest",
                        "{\"rating\": 4, \"comment\": \"quick\"}", fields("rating", Kind.WHOLE, "comment", Kind.TEXT)),
                new Target("SendQuote", agent.token(), "POST", commands + "SendQuote",
                        "{\"storeId\": \"" + storeId + "\", \"itemPrice\": " + money + ", \"deliveryFee\": " + money
                                + ", \"description\": \"2 strips\"}",
                        fields("storeId", Kind.ID, "itemPrice.amountMinor", Kind.WHOLE, "description", Kind.TEXT)),
                new Target("RecordStoreQuote", agent.token(), "POST", commands + "RecordStoreQuote",
                        "{\"storeId\": \"" + storeId + "\", \"available\": true, \"note\": \"has it\"}",
                        fields("available", Kind.FLAG, "note", Kind.TEXT)),
                new Target("UpdateFulfilment", agent.token(), "POST", commands + "UpdateFulfilment",
                        "{\"stage\": \"PICKED_UP\", \"riderName\": \"Ravi\", \"riderPhone\": \"+919800000009\","
                                + " \"note\": \"on the way\"}",
                        fields("stage", Kind.CHOICE, "riderName", Kind.TEXT, "riderPhone", Kind.TEXT, "note", Kind.TEXT)),
                new Target("AssignAgent", agent.token(), "POST", commands + "AssignAgent",
                        "{\"agentId\": \"" + agent.subject() + "\"}", fields("agentId", Kind.ID)),
                new Target("bulk", admin.token(), "POST", "/v1/requests:bulk",
                        "{\"command\": \"CancelRequest\", \"requestIds\": [\"" + requestId + "\"],"
                                + " \"params\": {\"reason\": \"store shut\"}}",
                        fields("command", Kind.TEXT, "params.reason", Kind.TEXT)),
                new Target("profile", customer.token(), "PUT", "/v1/customers/me/profile",
                        "{\"name\": \"Ravi\", \"email\": \"ravi@example.com\"}",
                        fields("name", Kind.TEXT, "email", Kind.TEXT)),
                new Target("address", customer.token(), "POST", "/v1/customers/me/addresses",
                        "{\"label\": \"Home\", \"address\": " + address + ", \"makeDefault\": true}",
                        fields("label", Kind.TEXT, "address.line2", Kind.TEXT, "address.location.lat", Kind.LATITUDE,
                                "makeDefault", Kind.FLAG)),
                new Target("preferences", customer.token(), "PUT", "/v1/customers/me/notification-preferences",
                        "{\"channels\": [\"SMS\"], \"marketingOptIn\": false, \"language\": \"hi\", \"quietHours\":"
                                + " {\"start\": \"22:00\", \"end\": \"07:00\", \"timeZone\": \"Asia/Kolkata\"}}",
                        fields("channels[0]", Kind.CHOICE, "marketingOptIn", Kind.FLAG, "language", Kind.TEXT,
                                "quietHours.start", Kind.TEXT, "quietHours.timeZone", Kind.TEXT)),
                new Target("device", customer.token(), "POST", "/v1/customers/me/devices",
                        "{\"deviceId\": \"pixel-7\", \"platform\": \"ANDROID\", \"pushToken\": \"tok:1\"}",
                        fields("deviceId", Kind.ID, "platform", Kind.CHOICE)),
                new Target("store", admin.token(), "PUT", "/v1/stores/" + storeId, JSON.writeValueAsString(store()),
                        fields("name", Kind.TEXT, "phone", Kind.TEXT, "categories[0]", Kind.TEXT,
                                "radiusMeters", Kind.WHOLE, "address.location.lon", Kind.LONGITUDE)),
                new Target("store availability", agent.token(), "POST", "/v1/stores/" + storeId + "/availability",
                        "{\"available\": false, \"reason\": \"closed\"}",
                        fields("available", Kind.FLAG, "reason", Kind.TEXT)),
                new Target("agent", admin.token(), "PUT", "/v1/agents/" + agent.subject(),
                        "{\"name\": \"Asha\", \"email\": \"" + api.emailOf(agent) + "\", \"skills\": [\"medicines-health\"],"
                                + " \"capacity\": 5}",
                        fields("name", Kind.TEXT, "skills[0]", Kind.TEXT, "capacity", Kind.WHOLE)),
                new Target("agent availability", agent.token(), "POST", "/v1/agents/" + agent.subject() + "/availability",
                        "{\"online\": true}", fields("online", Kind.FLAG)));
    }

    @Test
    void no_hostile_field_value_on_any_write_endpoint_is_accepted_and_each_refusal_names_the_field() throws Exception {
        Map<Topic<?>, Long> before = sizes();
        SoftAssertions softly = new SoftAssertions();
        int cases = 0;
        for (Target target : targets) {
            for (Map.Entry<String, Kind> field : target.fields().entrySet()) {
                for (String value : HOSTILE.get(field.getValue())) {
                    String body = withValue(target.body(), field.getKey(), value);
                    Response answer = send(target, "application/json", body.getBytes(StandardCharsets.UTF_8));
                    String leaf = leafOf(field.getKey());
                    String what = target.name() + " " + field.getKey() + " = " + abbreviated(value);
                    softly.assertThat(answer.statusCode()).as(what).isEqualTo(400);
                    softly.assertThat(answer.contentType()).as(what).startsWith(PROBLEM);
                    softly.assertThat(answer.body().asString()).as(what).doesNotContain("java.", "com.fasterxml",
                            "dev.concierge", "Exception", "Feature", "`");
                    List<String> named = answer.statusCode() == 400 ? answer.jsonPath().getList("errors.field") : null;
                    softly.assertThat(named).as(what + " names the field").isNotNull()
                            .anyMatch(name -> name.endsWith(leaf));
                    cases++;
                }
            }
        }
        softly.assertAll();
        assertThat(cases).isGreaterThan(300);
        assertThat(sizes()).as("records produced while the hostile table ran").isEqualTo(before);
    }

    @Test
    void no_hostile_body_on_any_write_endpoint_is_accepted() throws Exception {
        Map<Topic<?>, Long> before = sizes();
        SoftAssertions softly = new SoftAssertions();
        for (Target target : targets) {
            String body = target.body();
            int end = body.indexOf(',') > 0 ? body.indexOf(',') : body.lastIndexOf('}');
            String firstField = body.substring(body.indexOf('"'), end);
            Map<String, byte[]> attacks = new LinkedHashMap<>();
            attacks.put("duplicate key", ("{" + firstField + ", " + body.substring(1)).getBytes(StandardCharsets.UTF_8));
            attacks.put("trailing data", (body + " {}").getBytes(StandardCharsets.UTF_8));
            attacks.put("two bodies", (body + body).getBytes(StandardCharsets.UTF_8));
            attacks.put("deep nesting", ("{\"x\": " + "[".repeat(40) + "]".repeat(40) + "}").getBytes(StandardCharsets.UTF_8));
            attacks.put("invalid UTF-8", withBytes(body, new byte[] {(byte) 0xC3, 0x28}));
            attacks.put("overlong UTF-8", withBytes(body, new byte[] {(byte) 0xC0, (byte) 0xAF}));
            attacks.put("encoded surrogate", withBytes(body, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
            attacks.put("NaN literal", body.replaceFirst(":\\s*(\"[^\"]*\"|true|false|-?[0-9.]+|\\[[^\\]]*\\])", ": NaN")
                    .getBytes(StandardCharsets.UTF_8));
            attacks.put("comment", ("/* hi */ " + body).getBytes(StandardCharsets.UTF_8));
            attacks.put("array instead of object", ("[" + body + "]").getBytes(StandardCharsets.UTF_8));
            attacks.put("empty", new byte[0]);
            attacks.put("null", "null".getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> attack : attacks.entrySet()) {
                String what = target.name() + ": " + attack.getKey();
                Response answer = send(target, "application/json", attack.getValue());
                softly.assertThat(answer.statusCode()).as(what).isBetween(400, 499);
                softly.assertThat(answer.contentType()).as(what).startsWith(PROBLEM);
                softly.assertThat(answer.body().asString()).as(what).doesNotContain("java.", "com.fasterxml",
                        "Exception", "Feature", "`", "(AddressBody)");
            }
            HttpResponse<String> untyped = sendWithoutContentType(target, body.getBytes(StandardCharsets.UTF_8));
            softly.assertThat(untyped.statusCode()).as(target.name() + ": no Content-Type").isEqualTo(415);
            softly.assertThat(untyped.headers().firstValue("Content-Type")).as(target.name() + ": no Content-Type")
                    .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
            Response text = send(target, "text/plain", body.getBytes(StandardCharsets.UTF_8));
            softly.assertThat(text.statusCode()).as(target.name() + ": text/plain").isEqualTo(415);
        }
        softly.assertAll();
        assertThat(sizes()).as("records produced while the hostile bodies were sent").isEqualTo(before);
    }

    @Test
    void every_hostile_value_in_a_batch_line_refuses_that_line_and_writes_nothing() throws Exception {
        Map<Topic<?>, Long> before = sizes();
        String createLine = "{\"clientEventId\": \"c-%s\", \"op\": \"CreateRequest\", \"body\": {\"text\": \"milk\","
                + " \"deliveryAddress\": {\"line1\": \"12 MG Road\", \"city\": \"Bengaluru\", \"pincode\": \"560001\","
                + " \"location\": {\"lat\": 12.97, \"lon\": 77.6}}}}";
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        List<String> expected = new ArrayList<>();
        for (Map.Entry<String, Kind> field : fields("body.text", Kind.TEXT, "body.deliveryAddress.location.lat",
                Kind.LATITUDE, "clientEventId", Kind.TEXT, "op", Kind.TEXT).entrySet()) {
            for (String value : HOSTILE.get(field.getValue())) {
                String line = withValue(createLine.formatted(UUID.randomUUID()), field.getKey(), value);
                ndjson.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                expected.add(field.getKey() + " = " + abbreviated(value));
            }
        }
        ndjson.write(withBytes(createLine.formatted(UUID.randomUUID()), new byte[] {(byte) 0xFF, (byte) 0xFE}));
        ndjson.write('\n');
        expected.add("invalid UTF-8");
        ndjson.write(("{\"clientEventId\": \"a\", \"clientEventId\": \"b\", \"op\": \"PostMessage\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        expected.add("duplicate key");

        Response answer = from(prober).auth().oauth2(customerToken).contentType("application/x-ndjson")
                .body(ndjson.toByteArray()).when().post("/v1/events:batch");

        assertThat(answer.statusCode()).isEqualTo(200);
        List<Map<String, Object>> results = answer.jsonPath().getList("results");
        assertThat(results).hasSize(expected.size());
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < results.size(); i++) {
            softly.assertThat((Integer) results.get(i).get("status")).as(expected.get(i)).isBetween(400, 499);
            softly.assertThat(results.get(i).get("problem")).as(expected.get(i)).isNotNull();
        }
        softly.assertAll();
        assertThat(answer.jsonPath().getInt("accepted")).isZero();
        assertThat(sizes()).as("records produced by the hostile batch").isEqualTo(before);
    }

    @Test
    void sign_in_endpoints_answer_hostile_values_with_a_4xx_problem_never_a_5xx() {
        Map<Topic<?>, Long> before = sizes();
        String phone = Api.newPhone();
        List<Map.Entry<String, Map<String, Object>>> cases = List.of(
                Map.entry("/v1/auth/login", Map.of("email", "nobody@concierge.local", "password", "x".repeat(100))),
                Map.entry("/v1/auth/login", Map.of("email", agentEmail, "password", "\u00e9".repeat(60))),
                Map.entry("/v1/auth/login", Map.of("email", agentEmail, "password", "p\u0000w")),
                Map.entry("/v1/auth/login", Map.of("email", "x".repeat(300) + "@concierge.local", "password", "p")),
                Map.entry("/v1/auth/otp", Map.of("phone", "NaN")),
                Map.entry("/v1/auth/otp", Map.of("phone", "+91" + "9".repeat(5000))),
                Map.entry("/v1/auth/otp", Map.of("phone", "\u202e" + phone)),
                Map.entry("/v1/auth/otp", Map.of("phone", 919800000000L)),
                Map.entry("/v1/auth/verify", Map.of("phone", phone, "code", "\u0000")),
                Map.entry("/v1/auth/verify", Map.of("phone", phone, "code", "1".repeat(10_000))),
                Map.entry("/v1/auth/refresh", Map.of("refreshToken", "x".repeat(50_000))),
                Map.entry("/v1/auth/password-reset", Map.of("email", "a\u0000@concierge.local")),
                Map.entry("/v1/auth/password-reset/confirm", Map.of("token", "t".repeat(10_000),
                        "newPassword", "p".repeat(150))));
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, Map<String, Object>> attempt : cases) {
            Response answer = from(prober).contentType("application/json").body(attempt.getValue())
                    .when().post(attempt.getKey());
            String what = attempt.getKey() + " " + abbreviated(attempt.getValue().toString());
            softly.assertThat(answer.statusCode()).as(what).isBetween(400, 499);
            softly.assertThat(answer.contentType()).as(what).startsWith(PROBLEM);
        }
        softly.assertAll();
        assertThat(sizes()).as("records produced by hostile sign-ins").isEqualTo(before);
    }

    private Response send(Target target, String contentType, byte[] body) {
        RequestSpecification request = from(prober).auth().oauth2(target.token()).contentType(contentType).body(body);
        return "PUT".equals(target.method()) ? request.when().put(target.path()) : request.when().post(target.path());
    }

    /** RestAssured always sends a Content-Type with a body; the JDK client sends none unless told. */
    private HttpResponse<String> sendWithoutContentType(Target target, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(root.resolve(target.path().substring(1)))
                .header("Authorization", "Bearer " + target.token())
                .method(target.method(), HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A client on a loopback address of its own, so the probe has its own per-address budget. */
    private static RequestSpecification from(InetAddress local) {
        return given().baseUri("http://127.0.0.1").config(RestAssuredConfig.config().httpClient(
                HttpClientConfig.httpClientConfig().setParam("http.route.local-address", local)));
    }

    private Map<Topic<?>, Long> sizes() {
        Map<Topic<?>, Long> sizes = new LinkedHashMap<>();
        for (Topic<?> topic : WRITTEN) {
            sizes.put(topic, topics.size(topic));
        }
        return sizes;
    }

    /** Puts the raw JSON {@code value} at {@code path} ("a.b", "list[0]") of {@code body}. */
    private static String withValue(String body, String path, String value) throws Exception {
        JsonNode root = JSON.readTree(body);
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.get(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (last.endsWith("]")) {
            String name = last.substring(0, last.indexOf('['));
            ((ArrayNode) node.get(name)).set(Integer.parseInt(last.substring(last.indexOf('[') + 1, last.length() - 1)),
                    JSON.getNodeFactory().textNode("@@hostile@@"));
        } else {
            ((ObjectNode) node).put(last, "@@hostile@@");
        }
        return JSON.writeValueAsString(root).replace(SLOT, value);
    }

    /** The body with raw bytes inserted into its first string value. */
    private static byte[] withBytes(String body, byte[] raw) {
        byte[] text = body.getBytes(StandardCharsets.UTF_8);
        int at = body.indexOf("\"", body.indexOf(':')) + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, at);
        out.write(raw, 0, raw.length);
        out.write(text, at, text.length - at);
        return out.toByteArray();
    }

    private static String leafOf(String path) {
        String leaf = path.substring(path.lastIndexOf('.') + 1);
        return leaf;
    }

    private static String abbreviated(String value) {
        return value.length() > 30 ? value.substring(0, 30) + "… (" + value.length() + " chars)" : value;
    }

    private static Map<String, Kind> fields(Object... pairs) {
        Map<String, Kind> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], (Kind) pairs[i + 1]);
        }
        return fields;
    }

    private static Map<String, Object> store() {
        return Map.of("name", "Sri Sai Medicals", "phone", Api.newPhone(), "address", Api.address(),
                "categories", List.of("medicines-health"), "radiusMeters", 4000);
    }

    private static InetAddress loopbackOfItsOwn() {
        try {
            return InetAddress.getByName("127.0.%d.%d".formatted(ThreadLocalRandom.current().nextInt(1, 255),
                    ThreadLocalRandom.current().nextInt(2, 255)));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
