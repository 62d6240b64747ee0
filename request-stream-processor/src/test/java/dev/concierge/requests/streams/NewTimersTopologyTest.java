package dev.concierge.requests.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.requests.lifecycle.Journey;
import dev.concierge.requests.lifecycle.LifecyclePolicy;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.enrichment.EnrichmentResult;
import dev.concierge.schemas.notifications.NotificationCommand;
import dev.concierge.schemas.outreach.OutreachCommand;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.schemas.requests.RequestCommand;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.Sla;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The timers that keep a request from waiting forever on the AI worker, the customer, the rider or the gateway. */
class NewTimersTopologyTest {

    private static final Duration A_TICK_LATER = Duration.ofSeconds(2);

    private final TopologyHarness h = new TopologyHarness(LifecyclePolicy.defaults(), Journey.T0);

    @Test
    void with_no_analysis_result_within_two_minutes_the_request_goes_on_as_if_analysis_had_failed() {
        // given a shop nearby and a request whose analysis never answers (no AI worker running)
        h.send(h.topics.storesEvents(), "store-1", Fixtures.cornerShop());
        h.send(h.topics.commands(), "req-1", Fixtures.create("req-1"));
        h.advance(Duration.ofMinutes(1));
        assertThat(h.snapshot("req-1").status()).isEqualTo(RequestStatus.ENRICHING);

        // when the enrichment limit passes
        h.advance(Duration.ofMinutes(1).plus(A_TICK_LATER));

        // then it is sourced with the customer's category hint, flagged for the agent
        assertThat(h.snapshot("req-1").status()).isEqualTo(RequestStatus.SOURCING);
        assertThat(h.snapshot("req-1").flags()).contains("enrichment-failed");
        assertThat(h.snapshot("req-1").enrichment().category()).isEqualTo("groceries");
        assertThat(h.data(h.topics.outreachCommands())).singleElement()
                .satisfies(c -> assertThat(((OutreachCommand.ContactStores) c).storeIds()).containsExactly("store-1"));

        // and a result that comes after all is stale
        h.send(h.topics.enrichmentResults(), "req-1", Fixtures.understood("req-1"));
        assertThat(h.events("req-1")).filteredOn(RequestEvent.RequestEnriched.class::isInstance).hasSize(1);
    }

    @Test
    void open_questions_remind_the_customer_once_and_then_the_agent_takes_the_request_on() {
        // given a request whose analysis asked the customer a question, and a shop nearby
        h.send(h.topics.storesEvents(), "store-1", Fixtures.cornerShop());
        h.send(h.topics.commands(), "req-1", Fixtures.create("req-1"));
        h.send(h.topics.enrichmentResults(), "req-1", new EnrichmentResult.EnrichmentCompleted("req-1", 1, "groceries",
                null, Map.of(), List.of("Which brand?"), null, 0.5, "local"));
        assertThat(h.snapshot("req-1").status()).isEqualTo(RequestStatus.NEEDS_INFO);

        // when half an hour passes without an answer, then an hour more
        h.advance(Duration.ofMinutes(30).plus(A_TICK_LATER));
        List<String> afterReminder = templates();
        h.advance(Duration.ofMinutes(60));

        // then the customer was reminded once, and nothing else happened in between
        assertThat(afterReminder).containsOnlyOnce("request.needs-info-reminder");
        assertThat(templates()).containsOnlyOnce("request.needs-info-reminder");
        assertThat(h.snapshot("req-1").status()).isEqualTo(RequestStatus.NEEDS_INFO);

        // when two hours have passed since the question
        h.advance(Duration.ofMinutes(30));

        // then the agent goes on without the answer
        assertThat(h.snapshot("req-1").status()).isEqualTo(RequestStatus.SOURCING);
        assertThat(h.snapshot("req-1").flags()).contains("enrichment-failed");
        assertThat(h.snapshot("req-1").enrichment().summary()).contains("did not answer");
    }

    @Test
    void a_paid_request_not_delivered_within_the_delivery_sla_breaches_it_and_admins_are_told() {
        // given a request paid at T0
        paid();

        // when two hours pass without delivery
        h.advance(Duration.ofHours(2).plus(A_TICK_LATER));

        // then
        assertThat(h.events("req-1")).contains(new RequestEvent.SlaBreached("req-1", Sla.DELIVERY,
                Journey.T0.plus(Duration.ofHours(2)), RequestStatus.PAID));
        assertThat(adminAlerts()).contains("DELIVERY");
        assertThat(h.snapshot("req-1").flags()).contains("sla-breached:DELIVERY");
    }

    @Test
    void a_refund_the_gateway_does_not_confirm_within_its_sla_breaches_it_and_admins_are_told() {
        // given a paid request the customer cancelled, so a refund is pending
        paid();
        h.send(h.topics.commands(), "req-1", new RequestCommand.CancelRequest("req-1", "too late", Journey.CUSTOMER));
        assertThat(h.snapshot("req-1").status()).isEqualTo(RequestStatus.REFUND_PENDING);

        // when a day passes without RefundProcessed
        h.advance(Duration.ofHours(24).plus(A_TICK_LATER));

        // then
        assertThat(h.events("req-1")).contains(new RequestEvent.SlaBreached("req-1", Sla.REFUND,
                Journey.T0.plus(Duration.ofHours(24)), RequestStatus.REFUND_PENDING));
        assertThat(adminAlerts()).contains("REFUND");
    }

    private void paid() {
        h.send(h.topics.storesEvents(), "store-1", Fixtures.cornerShop());
        h.send(h.topics.commands(), "req-1", Fixtures.create("req-1"));
        h.send(h.topics.enrichmentResults(), "req-1", Fixtures.understood("req-1"));
        h.send(h.topics.commands(), "req-1", new RequestCommand.SendQuote("req-1", "store-1", Money.inr(45_000),
                Money.inr(4_000), null, null, Journey.OPS));
        String quoteId = h.snapshot("req-1").quote().quoteId();
        h.send(h.topics.commands(), "req-1", new RequestCommand.AcceptQuote("req-1", quoteId, Journey.CUSTOMER));
        h.send(h.topics.paymentEvents(), "req-1", new PaymentEvent.PaymentCaptured("req-1", "plink_1", "pay_1",
                Money.inr(49_000), "upi", h.clock.instant()));
        assertThat(h.snapshot("req-1").status()).isEqualTo(RequestStatus.PAID);
    }

    private List<String> templates() {
        return h.data(h.topics.notificationCommands()).stream()
                .map(n -> ((NotificationCommand.Notify) n).templateId()).toList();
    }

    private List<String> adminAlerts() {
        return h.data(h.topics.notificationCommands()).stream().map(NotificationCommand.Notify.class::cast)
                .filter(n -> n.recipient().kind() == Recipient.Kind.ADMIN && n.templateId().equals("admin.sla-breached"))
                .map(n -> n.variables().get("sla")).toList();
    }
}
