package dev.concierge.payments.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.concierge.payments.gateway.GatewayLink;
import dev.concierge.payments.gateway.GatewayRejectedException;
import dev.concierge.payments.gateway.LinkRequest;
import dev.concierge.payments.simulated.Checkout;
import dev.concierge.payments.simulated.SimulatedGateway;
import dev.concierge.payments.simulated.WebhookSender;
import dev.concierge.payments.support.Checkouts;
import dev.concierge.payments.support.SimulatedGatewayResource;
import dev.concierge.payments.support.WebhookStandIn;
import dev.concierge.testkit.TestInfra;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The simulated gateway keeps its links in MongoDB: a restarted worker (a second gateway with
 * nothing in memory, on the test kit's MongoDB-wire server) finds the link by its reference, knows
 * it was paid and takes no second payment.
 */
class SimulatedGatewayRestartTest {

    private final String database = TestInfra.uniqueName("payments_simulated");
    private final WebhookStandIn ingest = WebhookStandIn.shared();

    @Test
    void a_restarted_gateway_finds_the_link_knows_it_was_paid_and_takes_no_second_payment() {
        String reference = "r" + System.nanoTime() + "-1";
        LinkRequest request = new LinkRequest(reference, Checkouts.TOTAL, "Dolo 650 and delivery", null, null,
                Instant.now().plus(Duration.ofHours(1)), Checkouts.newRequestId(), "quo_1");

        // given a link created and paid by the first worker
        GatewayLink link;
        Checkout.Outcome paid;
        try (MongoClient first = MongoClients.create(TestInfra.mongoUri())) {
            SimulatedGateway gateway = gateway(first);
            link = gateway.createLink(request);
            paid = gateway.checkout().pay(link.id()).orElseThrow();
        }

        // when a restarted worker is asked for the same reference, and the customer clicks Pay again
        try (MongoClient restarted = MongoClients.create(TestInfra.mongoUri())) {
            SimulatedGateway gateway = gateway(restarted);
            assertThat(gateway.findLink(reference)).get().extracting(GatewayLink::id, GatewayLink::status)
                    .containsExactly(link.id(), "paid");
            Checkout.Outcome again = gateway.checkout().pay(link.id()).orElseThrow();

            // then it is the same payment with the same webhook bytes, and a paid link cannot be cancelled
            assertThat(again.link().paymentId()).isEqualTo(paid.link().paymentId());
            assertThat(again.link().deliveries()).isEqualTo(paid.link().deliveries());
            assertThatThrownBy(() -> gateway.cancelLink(link.id())).isInstanceOf(GatewayRejectedException.class)
                    .hasMessageContaining("can not be cancelled in paid state");
        }
        assertThat(ingest.about(paid.link().paymentId())).hasSize(4);
    }

    private SimulatedGateway gateway(MongoClient client) {
        return new SimulatedGateway(new MongoSimulatedLinks(client.getDatabase(database)),
                new WebhookSender(ingest.url(), SimulatedGatewayResource.WEBHOOK_SECRET, Duration.ofSeconds(5)),
                URI.create(SimulatedGatewayResource.PUBLIC_BASE_URL), Clock.systemUTC());
    }
}
