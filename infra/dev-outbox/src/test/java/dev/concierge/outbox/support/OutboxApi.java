package dev.concierge.outbox.support;

import static io.restassured.RestAssured.given;

import com.twilio.http.TwilioRestClient;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What every outbox test does: a real Twilio SDK client pointed at the outbox under test, fresh phone
 * numbers (so tests sharing one outbox never read each other's messages), the message list, and waiting
 * for a status the outbox reaches on its own schedule.
 */
public abstract class OutboxApi {

    protected static final Duration PATIENCE = Duration.ofSeconds(15);
    protected static final String OUTBOX_WHATSAPP = "whatsapp:+14155238886";
    protected static final String OUTBOX_SMS = "+14155238886";

    protected TwilioRestClient twilio() {
        return LocalTwilio.client(RestAssured.port, OutboxTestResource.ACCOUNT_SID, OutboxTestResource.AUTH_TOKEN);
    }

    protected WebhookReceiver receiver() {
        return OutboxTestResource.receiver();
    }

    /** A callback URL on the test receiver, unique to the calling test. */
    protected String callbackUrl(String name) {
        return receiver().baseUrl() + "/callbacks/" + name;
    }

    protected static String newIndianMobile() {
        return "+919" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }

    protected static List<Map<String, Object>> messages(String query) {
        return given().get("/api/messages" + query).then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** The message once the outbox lists it with {@code status}, checking every 50 ms for up to PATIENCE. */
    protected static JsonPath awaitStatus(String id, String status) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonPath message;
        do {
            message = given().get("/api/messages/" + id).then().statusCode(200).extract().jsonPath();
            if (status.equals(message.getString("status"))) {
                return message;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(id + " never reached status " + status + "; last seen: " + message.prettify());
    }
}
