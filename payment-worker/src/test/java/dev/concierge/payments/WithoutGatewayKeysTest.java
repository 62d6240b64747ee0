package dev.concierge.payments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.concierge.payments.support.Checkouts;
import dev.concierge.payments.support.PaymentTopics;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * No RAZORPAY_KEY_ID/RAZORPAY_KEY_SECRET and the simulated gateway off (the production default): the
 * worker starts, says so, and dead-letters payment commands.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@TestProfile(WithoutGatewayKeysTest.SimulatedGatewayOff.class)
class WithoutGatewayKeysTest {

    public static class SimulatedGatewayOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("concierge.payments.simulated.enabled", "false");
        }
    }

    private final PaymentTopics topics = new PaymentTopics();

    @Test
    void readiness_names_the_gateway_as_none_and_includes_the_consumers() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'payment gateway' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'payment gateway' }.data.gateway", equalTo("none"))
                .body("checks.name", hasItem("SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void a_payment_command_goes_to_the_dead_letter_topic_with_reason_no_gateway_configured() {
        // given
        String requestId = Checkouts.newRequestId();

        // when
        topics.publish(Topics.PAYMENTS_COMMANDS, requestId, Checkouts.command(requestId, 1, "cus_1"));

        // then it waits in payments.commands.dlq, with the reason, to be replayed once a gateway is configured
        ConsumerRecord<String, byte[]> letter = topics.awaitRecords(Topics.PAYMENTS_COMMANDS.dlqName(), requestId).get(0);
        assertThat(PaymentTopics.header(letter, "dead-letter-reason")).startsWith("no-gateway-configured")
                .contains("concierge.payments.simulated.enabled");
        assertThat(topics.eventsOf(requestId)).isEmpty();
    }
}
