package dev.concierge.ingest.support;

import static io.restassured.RestAssured.given;

import dev.concierge.ingest.auth.application.OtpSignIn;
import dev.concierge.ingest.auth.application.PasswordReset;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.notifications.NotificationCommand;
import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import dev.concierge.schemas.notifications.VariableCipher;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Drives the API the way a client does: signs people in through the real endpoints, reading the
 * OTP or reset token the way the notifier would (decrypting it from notifications.commands).
 */
public final class Api {

    /** The %test value of concierge.notify.variables-key: the notifier's copy of the key. */
    public static final VariableCipher NOTIFIER_KEY =
            VariableCipher.fromBase64Key("ZGV2LW9ubHktbm90aWZ5LWtleS0zMi1ieXRlcy0hISE=");
    public static final String ADMIN_EMAIL = "admin@concierge.local";
    public static final String ADMIN_PASSWORD = "concierge-admin";

    private final TopicReader topics;
    private final Map<String, String> staffEmails = new java.util.HashMap<>();

    public Api(TopicReader topics) {
        this.topics = topics;
    }

    /** A fresh Indian mobile number in E.164, unique enough for one test run. */
    public static String newPhone() {
        return "+919" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static Map<String, Object> address() {
        return address("12 MG Road");
    }

    public static Map<String, Object> address(String line1) {
        return Map.of("line1", line1, "city", "Bengaluru", "pincode", "560001",
                "location", Map.of("lat", 12.9756, "lon", 77.6050));
    }

    /** Saves {@code address} as the customer's default (what a request without an address is delivered to). */
    public static void saveDefaultAddress(Session customer, Map<String, Object> address) {
        as(customer.token()).body(Map.of("label", "Home", "address", address, "makeDefault", true))
                .when().post("/v1/customers/me/addresses").then().statusCode(202);
    }

    /** Requests a code and returns it decrypted from the Notify command, as the notifier would. */
    public String requestOtp(String phone) {
        given().contentType(ContentType.JSON).body(Map.of("phone", phone))
                .when().post("/v1/auth/otp").then().statusCode(202);
        return otpFor(phone);
    }

    public String otpFor(String phone) {
        List<TopicReader.Landed<NotificationCommand>> sent = topics.matching(Topics.NOTIFICATIONS_COMMANDS,
                landed -> landed.data() instanceof Notify notify && phone.equals(notify.recipient().phone())
                        && OtpSignIn.OTP_TEMPLATE.equals(notify.templateId()));
        Notify notify = (Notify) sent.get(sent.size() - 1).data();
        return NOTIFIER_KEY.decrypt(notify.encryptedVariables().get(OtpSignIn.CODE_VARIABLE), notify.idempotencyKey());
    }

    public Session customer() {
        return customer(newPhone());
    }

    public Session customer(String phone) {
        String code = requestOtp(phone);
        Map<String, Object> session = given().contentType(ContentType.JSON).body(Map.of("phone", phone, "code", code))
                .when().post("/v1/auth/verify").then().statusCode(200).extract().as(Map.class);
        return new Session((String) session.get("subject"), (String) session.get("accessToken"),
                (String) session.get("refreshToken"));
    }

    public Session admin() {
        return login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    public Session login(String email, String password) {
        Map<String, Object> session = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .when().post("/v1/auth/login").then().statusCode(200).extract().as(Map.class);
        return new Session((String) session.get("subject"), (String) session.get("accessToken"),
                (String) session.get("refreshToken"));
    }

    /** Registers an agent as admin, sets their password through the emailed invitation, signs them in. */
    public Session agent() {
        String email = "agent-" + UUID.randomUUID() + "@concierge.local";
        String agentId = as(admin().token()).body(Map.of("name", "Asha Rao", "email", email,
                        "skills", List.of("medicines-health"), "capacity", 5))
                .when().post("/v1/agents").then().statusCode(202).extract().path("id");
        String token = resetTokenFor(agentId);
        given().contentType(ContentType.JSON).body(Map.of("token", token, "newPassword", "agent-password-123"))
                .when().post("/v1/auth/password-reset/confirm").then().statusCode(204);
        staffEmails.put(agentId, email);
        return login(email, "agent-password-123");
    }

    public String emailOf(Session staff) {
        return staffEmails.get(staff.subject());
    }

    public String resetTokenFor(String staffId) {
        List<TopicReader.Landed<NotificationCommand>> sent = topics.withKey(Topics.NOTIFICATIONS_COMMANDS, staffId);
        Notify notify = (Notify) sent.get(sent.size() - 1).data();
        return NOTIFIER_KEY.decrypt(notify.encryptedVariables().get(PasswordReset.TOKEN_VARIABLE),
                notify.idempotencyKey());
    }

    /** Creates a request as this customer and returns its id. */
    /** Uploads {@code image} as {@code who}; returns its media id. */
    public static String upload(Session who, byte[] image, String contentType) {
        return given().auth().oauth2(who.token()).multiPart("file", "photo", image, contentType)
                .when().post("/v1/media").then().statusCode(201).extract().path("mediaId");
    }

    public static String createRequest(Session customer) {
        return as(customer.token()).body(Map.of("text", "Dolo 650, 2 strips", "mediaIds", List.of(),
                        "deliveryAddress", address()))
                .when().post("/v1/requests").then().statusCode(202).extract().path("requestId");
    }

    public record Session(String subject, String token, String refreshToken) {
    }
}
