package dev.concierge.ingest.shared;

import static dev.concierge.ingest.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The per-user and per-address budgets, run with small budgets: a budget is a sliding window of a
 * minute, and spending the test profile's large budgets one request after another can take longer
 * than a minute on a busy machine, when the window never fills and no 429 ever comes.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@TestProfile(RateLimitTest.SmallBudgets.class)
class RateLimitTest extends ApiTest {

    /** Budgets spent in a few seconds however slow the machine is. */
    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("concierge.rate-limit.per-user.permits", "15",
                    // room on 127.0.0.1 for every test's sign-ins within one window, still quick to flood
                    "concierge.rate-limit.per-ip.permits", "60");
        }
    }

    @ConfigProperty(name = "concierge.rate-limit.per-user.permits")
    int userPermits;
    @ConfigProperty(name = "concierge.rate-limit.per-ip.permits")
    int ipPermits;

    @Test
    void exceeding_the_per_user_budget_answers_429_with_retry_after() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);
        // sign-in and creation already spent part of the budget; typing is cheap and writes nothing to Kafka
        int status = 0;
        for (int i = 0; i <= userPermits && status != 429; i++) {
            status = as(customer.token()).when().post("/v1/requests/{id}/typing", requestId).statusCode();
        }

        as(customer.token()).when().post("/v1/requests/{id}/typing", requestId)
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", equalTo("60"))
                .body("type", equalTo("/problems/rate-limited"));
    }

    @Test
    void a_revoked_token_is_refused_with_401_every_time_and_never_spends_the_users_budget() {
        // the deny-list travels in the budgets' script: a revoked token must be refused before it spends
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);
        as(customer.token()).body(Map.of("refreshToken", customer.refreshToken()))
                .when().post("/v1/auth/logout").then().statusCode(204);

        // more attempts than the user's budget holds: were any permit spent, the last ones would be 429
        for (int i = 0; i <= userPermits; i++) {
            as(customer.token()).body(Map.of("text", "still there?"))
                    .when().post("/v1/requests/{id}/messages", requestId)
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("invalid_token"))
                    .body("type", equalTo("/problems/unauthenticated"));
        }
    }

    @Test
    void an_address_that_floods_sign_in_gets_429_with_retry_after_while_other_addresses_go_on() throws Exception {
        // given a client on an address of its own (any 127.x.y.z reaches the loopback listener, and
        // the service sees it as the remote address), hammering sign-in without a token
        InetAddress flooder = InetAddress.getByName("127.0.%d.%d".formatted(
                ThreadLocalRandom.current().nextInt(1, 255), ThreadLocalRandom.current().nextInt(2, 255)));

        // when it sends more sign-ins than the per-address budget allows (sign-ins without a password,
        // refused at once, so the budget runs out long before its minute has passed)
        int status = 0;
        for (int i = 0; i <= ipPermits && status != 429; i++) {
            status = from(flooder).body(Map.of("email", "nobody@concierge.local")).when().post("/v1/auth/login")
                    .statusCode();
        }

        // then it is told to slow down, and a client on another address still gets its real answer
        assertThat(status).isEqualTo(429);
        from(flooder).body(guess()).when().post("/v1/auth/login")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", equalTo("60"))
                .body("type", equalTo("/problems/rate-limited"))
                .body("detail", containsString("this address"));
        given().baseUri("http://127.0.0.1").contentType(ContentType.JSON).body(guess())
                .when().post("/v1/auth/login").then().statusCode(401);
    }

    private static Map<String, String> guess() {
        return Map.of("email", "nobody-" + UUID.randomUUID() + "@concierge.local", "password", "guess");
    }

    /** A request sent from the given local address instead of the default 127.0.0.1. */
    private static RequestSpecification from(InetAddress local) {
        return given().baseUri("http://127.0.0.1").contentType(ContentType.JSON)
                .config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.route.local-address", local)));
    }
}
