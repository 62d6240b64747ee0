package dev.concierge.stacktests.api;

import dev.concierge.stacktests.stack.StackAddresses;
import java.util.List;
import java.util.Map;

/**
 * The ingest API's HTTP flow as the root README's "Try it" walks it: staff login, the store and agent
 * directory, customer sign-in, requests and their commands. Every write must answer 202, except
 * the directory's creations and sign-ins, whose answers carry an id or a token.
 */
public final class IngestApi {

    public static final String ADMIN_EMAIL = "admin@concierge.local";
    /** The dev stack's default {@code CONCIERGE_ADMIN_PASSWORD}. */
    public static final String ADMIN_PASSWORD = "concierge-admin";

    private final JsonHttp http = new JsonHttp(StackAddresses.INGEST_API);

    public String adminToken() {
        return http.post("/v1/auth/login", null, Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD), 200)
                .path("accessToken").asText();
    }

    /** Registers a store serving {@code category} (a taxonomy id, e.g. {@code medicines-health}); its id. */
    public String registerStore(String admin, String name, String phone, String category, Place place) {
        return http.post("/v1/stores", admin, Map.of("name", name, "phone", phone, "categories", List.of(category),
                "address", place.asAddress()), 202).path("id").asText();
    }

    public void setStoreAvailable(String admin, String storeId, boolean available) {
        http.post("/v1/stores/" + storeId + "/availability", admin, Map.of("available", available), 202);
    }

    /** Registers an agent with one skill (a taxonomy id) and room for five open requests; the agent's id. */
    public String registerAgent(String admin, String name, String email, String skill) {
        return http.post("/v1/agents", admin, Map.of("name", name, "email", email, "skills", List.of(skill),
                "capacity", 5), 202).path("id").asText();
    }

    /** Chooses a staff account's password with the one-time token its invitation e-mail carried. */
    public void choosePassword(String token, String password) {
        http.post("/v1/auth/password-reset/confirm", null, Map.of("token", token, "newPassword", password), 204);
    }

    public void setAgentOnline(String admin, String agentId, boolean online) {
        http.post("/v1/agents/" + agentId + "/availability", admin, Map.of("online", online), 202);
    }

    /** Signs a session out as the ingest API's logout does: its access token deny-listed, its refresh tokens refused. */
    public void logout(String accessToken, String refreshToken) {
        http.post("/v1/auth/logout", accessToken, Map.of("refreshToken", refreshToken), 204);
    }

    /** Asks for a one-time code by SMS; on the dev stack it lands in the dev outbox. */
    public void requestSignInCode(String phone) {
        http.post("/v1/auth/otp", null, Map.of("phone", phone), 202);
    }

    public String customerToken(String phone, String code) {
        return http.post("/v1/auth/verify", null, Map.of("phone", phone, "code", code), 200)
                .path("accessToken").asText();
    }

    /** Creates a request to be delivered to {@code place}; the request id. */
    public String createRequest(String customer, String text, String categoryHint, Place place) {
        return http.post("/v1/requests", customer, Map.of("text", text, "mediaIds", List.of(),
                "categoryHint", categoryHint, "deliveryAddress", place.asAddress()), 202).path("requestId").asText();
    }

    /** Creates a request without a category hint, so the category is the analysis's alone; the request id. */
    public String createRequest(String customer, String text, Place place) {
        return http.post("/v1/requests", customer, Map.of("text", text, "mediaIds", List.of(),
                "deliveryAddress", place.asAddress()), 202).path("requestId").asText();
    }

    /** The customer writes in the request's chat (answers to open questions arrive this way). */
    public void sendMessage(String customer, String requestId, String text) {
        http.post("/v1/requests/" + requestId + "/messages", customer, Map.of("text", text), 202);
    }

    /** {@code POST /v1/requests/{id}/commands/{name}}, e.g. {@code SendQuote}, {@code AcceptQuote}. */
    public void command(String token, String requestId, String name, Map<String, Object> body) {
        http.post("/v1/requests/" + requestId + "/commands/" + name, token, body, 202);
    }

    /** An address with a pin on the map: outreach picks stores by distance, so both ends need one. */
    public record Place(String line1, String city, String pincode, double lat, double lon) {

        Map<String, Object> asAddress() {
            return Map.of("line1", line1, "city", city, "pincode", pincode,
                    "location", Map.of("lat", lat, "lon", lon));
        }
    }
}
