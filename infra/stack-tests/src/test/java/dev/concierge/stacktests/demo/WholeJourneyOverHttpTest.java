package dev.concierge.stacktests.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.infra.demo.DemoJourney;
import dev.concierge.infra.demo.DemoStack;
import dev.concierge.stacktests.journey.RequestJourney;
import dev.concierge.stacktests.stack.StackTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, acceptance 2: the journey {@code ./concierge demo} narrates, played over HTTP only on the
 * stack {@code ./concierge run} started (with the demo directory it seeds): sign-in with the outbox's
 * code, a request with a photo, the AI's question answered, two stores replying on WhatsApp, the
 * agent's quote, acceptance, payment on the simulated gateway, delivery and a rating.
 */
@StackTest
class WholeJourneyOverHttpTest {

    @Test
    void the_demo_journey_ends_delivered_and_rated_with_one_payment_link_message() {
        DemoJourney.Played played = new DemoJourney(DemoStack.local(), RequestJourney.STEP, System.out).play();

        JsonNode request = played.finalRequest();
        assertThat(request.path("status").asText()).isEqualTo("DELIVERED");
        assertThat(request.path("rating").path("stars").asInt()).isEqualTo(5);
        assertThat(request.path("storeQuotes")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(request.path("payment").path("paymentId").asText()).startsWith("pay_");
        assertThat(played.questionsAsked()).isNotEmpty();
        assertThat(played.storesContacted()).isGreaterThanOrEqualTo(2);
        assertThat(played.paymentLinkMessages()).isEqualTo(1);

        List<String> types = played.timeline().stream().map(fact -> fact.path("type").asText()).toList();
        assertThat(types).first().isEqualTo("concierge.request.created.v1");
        assertThat(types).contains("concierge.request.clarification-requested.v1",
                "concierge.request.store-outreach-requested.v1", "concierge.request.store-quote-received.v1",
                "concierge.request.quote-sent.v1", "concierge.request.quote-accepted.v1",
                "concierge.request.payment-captured.v1", "concierge.request.delivered.v1",
                "concierge.request.rated.v1");
    }
}
