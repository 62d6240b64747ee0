package dev.concierge.ingest.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.ingest.support.Concurrently;
import dev.concierge.ingest.support.TopicReader;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.customers.CustomerEvent;
import dev.concierge.schemas.notifications.NotificationCommand;
import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class CustomerSignInTest extends ApiTest {

    @Test
    void sends_the_code_by_sms_encrypted_so_topic_readers_cannot_see_it() {
        String phone = Api.newPhone();

        String code = api.requestOtp(phone);

        List<TopicReader.Landed<NotificationCommand>> sent = topics.matching(Topics.NOTIFICATIONS_COMMANDS,
                landed -> landed.data() instanceof Notify notify && phone.equals(notify.recipient().phone()));
        assertThat(sent).hasSize(1);
        Notify notify = (Notify) sent.get(0).data();
        assertThat(notify.channels()).containsExactly(dev.concierge.schemas.common.Channel.SMS);
        assertThat(code).matches("[0-9]{6}");
        assertThat(sent.get(0).rawJson()).doesNotContain(code);
        assertThat(sent.get(0).contentType()).isEqualTo("application/cloudevents+json");
    }

    @Test
    void accepts_an_indian_number_without_country_code_and_normalises_it() {
        String phone = Api.newPhone();
        String local = phone.substring(3, 8) + " " + phone.substring(8);

        given().contentType(ContentType.JSON).body(Map.of("phone", local))
                .when().post("/v1/auth/otp")
                .then().statusCode(202).body("phone", equalTo(phone));
    }

    @Test
    void first_verification_registers_the_customer_once_and_returns_tokens() {
        String phone = Api.newPhone();

        Api.Session first = api.customer(phone);
        waitOutResendThrottle();
        Api.Session second = api.customer(phone);

        assertThat(second.subject()).isEqualTo(first.subject());
        assertThat(first.token()).isNotBlank();
        assertThat(first.refreshToken()).isNotBlank();
        List<TopicReader.Landed<CustomerEvent>> registered = topics.withKey(Topics.CUSTOMERS_EVENTS, first.subject());
        assertThat(registered).extracting(TopicReader.Landed::data)
                .containsExactly(new CustomerEvent.CustomerRegistered(first.subject(), phone, null, null));
    }

    @Test
    void a_wrong_code_is_refused_and_the_fifth_wrong_code_burns_the_challenge() {
        String phone = Api.newPhone();
        String code = api.requestOtp(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 5; attempt++) {
            given().contentType(ContentType.JSON).body(Map.of("phone", phone, "code", wrong))
                    .when().post("/v1/auth/verify")
                    .then().statusCode(401).contentType("application/problem+json");
        }

        given().contentType(ContentType.JSON).body(Map.of("phone", phone, "code", code))
                .when().post("/v1/auth/verify")
                .then().statusCode(401).body("detail", equalTo("no valid code for this phone; request a new one"));
    }

    @Test
    void a_new_code_does_not_restore_the_wrong_guess_budget_of_the_phone() {
        // the %test budget is the default: 5 wrong tries per code, 10 wrong guesses per phone per hour
        String phone = Api.newPhone();
        for (int code = 1; code <= 2; code++) {
            String wrong = wrongFor(api.requestOtp(phone));
            for (int attempt = 1; attempt <= 5; attempt++) {
                verify(phone, wrong).then().statusCode(401);
            }
            waitOutResendThrottle();
        }

        String right = api.requestOtp(phone);

        verify(phone, right).then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue());
    }

    @Test
    void forty_concurrent_wrong_guesses_are_compared_with_the_code_at_most_five_times() throws Exception {
        String phone = Api.newPhone();
        String code = api.requestOtp(phone);
        String wrong = wrongFor(code);
        List<io.restassured.response.Response> answers = Concurrently.run(40, () -> verify(phone, wrong));

        List<String> compared = new java.util.ArrayList<>();
        for (io.restassured.response.Response response : answers) {
            assertThat(response.statusCode()).isIn(401, 429);
            String detail = response.jsonPath().getString("detail");
            // refused without looking at the code: none pending any more, or the phone's budget is spent
            if (response.statusCode() != 429 && !"no valid code for this phone; request a new one".equals(detail)) {
                compared.add(detail);
            }
        }
        assertThat(compared).hasSizeLessThanOrEqualTo(5);
        // the code was burnt by its fifth wrong try
        verify(phone, code).then().statusCode(401);
    }

    @Test
    void a_phone_gets_at_most_five_codes_an_hour() {
        String phone = Api.newPhone();
        for (int sent = 1; sent <= 5; sent++) {
            api.requestOtp(phone);
            waitOutResendThrottle();
        }

        given().contentType(ContentType.JSON).body(Map.of("phone", phone))
                .when().post("/v1/auth/otp")
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());
    }

    private static io.restassured.response.Response verify(String phone, String code) {
        return given().contentType(ContentType.JSON).body(Map.of("phone", phone, "code", code)).when().post("/v1/auth/verify");
    }

    private static String wrongFor(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @Test
    void asking_for_a_second_code_at_once_is_throttled_with_retry_after() {
        String phone = Api.newPhone();
        api.requestOtp(phone);

        given().contentType(ContentType.JSON).body(Map.of("phone", phone))
                .when().post("/v1/auth/otp")
                .then().statusCode(429).header("Retry-After", notNullValue())
                .contentType("application/problem+json");
    }

    /** The %test resend throttle is 2 s; a second code for the same phone needs it to pass. */
    private static void waitOutResendThrottle() {
        try {
            Thread.sleep(2_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
