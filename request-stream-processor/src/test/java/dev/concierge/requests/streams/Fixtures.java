package dev.concierge.requests.streams;

import dev.concierge.requests.lifecycle.Journey;
import dev.concierge.schemas.agents.AgentEvent;
import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.GeoPoint;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.enrichment.EnrichmentResult;
import dev.concierge.schemas.requests.RequestCommand;
import dev.concierge.schemas.stores.StoreEvent;
import java.util.List;
import java.util.Map;

/** Records the topology tests send, shaped like the other services send them. */
final class Fixtures {

    private Fixtures() {
    }

    static StoreEvent.StoreRegistered store(String storeId, GeoPoint at, String category) {
        return new StoreEvent.StoreRegistered(storeId, "Shop " + storeId, "+9190000" + Math.abs(storeId.hashCode() % 10000),
                new Address("1 Main Road", null, null, "Bengaluru", "560095", at), List.of(category), List.of(), 5_000);
    }

    static StoreEvent.StoreRegistered cornerShop() {
        return store("store-1", new GeoPoint(12.9360, 77.6250), "groceries");
    }

    static RequestCommand.CreateRequest create(String requestId) {
        return new RequestCommand.CreateRequest(requestId, "customer-1", "2 kg atta", List.of("media-1"), Journey.HOME,
                "groceries", Journey.CUSTOMER);
    }

    static EnrichmentResult.EnrichmentCompleted understood(String requestId) {
        return new EnrichmentResult.EnrichmentCompleted(requestId, 1, "groceries", "Aashirvaad atta 2 kg", Map.of(),
                List.of(), Money.inr(9_500), 0.9, "local");
    }

    static AgentEvent.AgentRegistered agent(String agentId, int capacity) {
        return new AgentEvent.AgentRegistered(agentId, "Agent " + agentId, agentId + "@concierge.local", null,
                List.of("*"), capacity);
    }
}
