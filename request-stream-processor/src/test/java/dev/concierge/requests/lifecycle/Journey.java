package dev.concierge.requests.lifecycle;

import static dev.concierge.schemas.common.RequestStatus.*;

import dev.concierge.requests.sourcing.Store;
import dev.concierge.requests.sourcing.StoreCatalog;
import dev.concierge.requests.sourcing.StorePerformance;
import dev.concierge.schemas.common.Actor;
import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.FulfilmentStage;
import dev.concierge.schemas.common.GeoPoint;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestCommand;
import dev.concierge.schemas.requests.RequestEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drives one request through the real decider to any state, the way the topology would, so the
 * table tests start from states the lifecycle actually produces.
 */
public final class Journey {

    /** Monday 12:00 in Kolkata: shops are open. */
    public static final Instant T0 = Instant.parse("2026-03-02T06:30:00Z");
    public static final GeoPoint KORAMANGALA = new GeoPoint(12.9352, 77.6245);
    public static final Address HOME = new Address("14 5th Block", null, "Koramangala", "Bengaluru", "560095",
            KORAMANGALA);
    public static final Store CORNER_SHOP = new Store("store-1", "Corner Kirana", "+919800000001",
            new GeoPoint(12.9360, 77.6250), Set.of("groceries"), List.of(), 5.0, true);
    public static final Actor CUSTOMER = new Actor("customer-1", "customer");
    /** Automation, not an agent, so the first-reply SLA keeps running in every state. */
    public static final Actor OPS = Actor.system("ops-automation");

    public static final StoreCatalog ONE_SHOP = new StoreCatalog() {
        @Override
        public Collection<Store> stores() {
            return List.of(CORNER_SHOP);
        }

        @Override
        public StorePerformance performance(String storeId) {
            return StorePerformance.NONE;
        }
    };

    private final RequestDecider decider;
    private final String requestId;
    private RequestState state;
    private Instant now = T0;
    private int inputs;

    public Journey(RequestDecider decider, String requestId) {
        this.decider = decider;
        this.requestId = requestId;
    }

    public static RequestDecider standardDecider() {
        return new RequestDecider(LifecyclePolicy.defaults(), ONE_SHOP);
    }

    public RequestState state() {
        return state;
    }

    public Instant now() {
        return now;
    }

    public Decision apply(Input input) {
        now = now.plus(Duration.ofSeconds(1));
        Decision decision = decider.decide(requestId, state, input, now);
        if (decision instanceof Decision.Accepted accepted) {
            state = accepted.state();
        }
        return decision;
    }

    public Input.Command command(RequestCommand command) {
        inputs++;
        return new Input.Command("cmd-" + requestId + "-" + inputs, command);
    }

    /** Puts the request in {@code status}; {@code null} leaves it absent. */
    public Journey reach(RequestStatus status) {
        if (status == null) {
            return this;
        }
        if (status == NEW) {
            state = Evolution.apply(null, new RequestEvent.RequestCreated(requestId, CUSTOMER.id(), "2 kg atta",
                    List.of(), HOME, "groceries"), T0);
            return this;
        }
        steps(status);
        if (state.snapshot().status() != status) {
            throw new IllegalStateException("journey to " + status + " ended in " + state.snapshot().status());
        }
        return this;
    }

    private void steps(RequestStatus target) {
        expect(apply(command(create())));
        if (target == ENRICHING) {
            return;
        }
        if (target == NEEDS_INFO) {
            expect(apply(new Input.EnrichmentCompleted(1, "groceries", null, Map.of(), List.of("Which brand?"), null)));
            return;
        }
        if (target == CANCELLED) {
            expect(apply(command(new RequestCommand.CancelRequest(requestId, "changed my mind", CUSTOMER))));
            return;
        }
        if (target == UNAVAILABLE) {
            expect(apply(new Input.EnrichmentCompleted(1, "jewellery", "gold ring", Map.of(), List.of(), null)));
            return;
        }
        expect(apply(new Input.EnrichmentCompleted(1, "groceries", "Aashirvaad atta 2 kg", Map.of(), List.of(), null)));
        if (target == SOURCING) {
            return;
        }
        expect(apply(command(new RequestCommand.SendQuote(requestId, CORNER_SHOP.storeId(), Money.inr(9_000),
                Money.inr(4_000), null, null, OPS))));
        if (target == QUOTED) {
            return;
        }
        expect(apply(command(new RequestCommand.AcceptQuote(requestId, state.snapshot().quote().quoteId(), CUSTOMER))));
        if (target == AWAITING_PAYMENT) {
            return;
        }
        expect(apply(new Input.PaymentLinkCreated("link-1", "https://pay.local/link-1", Money.inr(13_000), null)));
        expect(apply(new Input.PaymentCaptured("pay-1", Money.inr(13_000))));
        if (target == PAID) {
            return;
        }
        if (target == REFUND_PENDING || target == REFUNDED) {
            expect(apply(command(new RequestCommand.CancelRequest(requestId, "too late", CUSTOMER))));
            if (target == REFUNDED) {
                expect(apply(new Input.RefundProcessed("refund-1", Money.inr(13_000))));
            }
            return;
        }
        expect(apply(command(new RequestCommand.UpdateFulfilment(requestId, FulfilmentStage.PICKED_UP, "Ravi",
                "+919811111111", null, null, OPS))));
        if (target == FULFILLING) {
            return;
        }
        expect(apply(command(new RequestCommand.UpdateFulfilment(requestId, FulfilmentStage.DELIVERED, null, null, null,
                null, OPS))));
    }

    public RequestCommand.CreateRequest create() {
        return new RequestCommand.CreateRequest(requestId, CUSTOMER.id(), "2 kg atta", List.of("media-1"), HOME,
                "groceries", CUSTOMER);
    }

    private static void expect(Decision decision) {
        if (!(decision instanceof Decision.Accepted)) {
            throw new IllegalStateException("journey step was not accepted: " + decision);
        }
    }
}
