package dev.concierge.ingest.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Gateway deliveries as the gateways send them, signed with {@link GatewaySignatures}. */
public final class Webhooks {

    public static final String RAZORPAY = "/v1/webhooks/razorpay";
    public static final String TWILIO_INBOUND = "/v1/webhooks/twilio/inbound";
    public static final String TWILIO_STATUS = "/v1/webhooks/twilio/status";

    private Webhooks() {
    }

    public static RequestSpecification razorpay(String body, String signature) {
        return given().contentType("application/json").header("X-Razorpay-Signature", signature).body(body);
    }

    public static RequestSpecification twilio(String path, Map<String, String> params, String token) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Twilio-Signature", GatewaySignatures.twilio(path, params, token))
                .formParams(params);
    }

    /** The form Twilio posts for an inbound WhatsApp message, with a fresh MessageSid. */
    public static Map<String, String> inbound(String fromPhone, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""));
        params.put("AccountSid", "ACtest");
        params.put("From", "whatsapp:" + fromPhone);
        params.put("To", "whatsapp:+14155238886");
        params.put("Body", body);
        params.put("NumMedia", "0");
        return params;
    }

    /** Registers a store with this WhatsApp number as admin and returns its id. */
    public static String registerStore(Api api, String phone) {
        return Api.as(api.admin().token()).body(Map.of("name", "Sri Sai Medicals", "phone", phone,
                        "address", Api.address(), "categories", List.of("medicines-health"), "radiusMeters", 4000))
                .when().post("/v1/stores").then().statusCode(202).extract().path("id");
    }
}
