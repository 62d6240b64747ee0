package dev.concierge.requests.streams;

import dev.concierge.requests.assignment.AgentPlacement;
import dev.concierge.requests.assignment.Zones;
import dev.concierge.schemas.agents.AgentEvent;
import dev.concierge.schemas.envelope.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Re-keys agent changes by the agent's zone ({@link AgentPlacement} decides which). The agent's last
 * profile is kept here, one entry per agent; a move to another zone is forwarded as the agent going
 * offline in the old zone and, where needed, their profile to the new one.
 */
final class AgentZoneRouter implements Processor<String, CloudEvent<Object>, String, CloudEvent<Object>> {

    private final Zones zones;
    private ProcessorContext<String, CloudEvent<Object>> context;
    private KeyValueStore<String, AgentEvent.AgentUpdated> profiles;

    AgentZoneRouter(Zones zones) {
        this.zones = zones;
    }

    @Override
    public void init(ProcessorContext<String, CloudEvent<Object>> context) {
        this.context = context;
        this.profiles = context.getStateStore(RequestTopology.AGENT_PROFILES);
    }

    @Override
    public void process(Record<String, CloudEvent<Object>> record) {
        AgentEvent event = (AgentEvent) record.value().data();
        AgentPlacement placement = AgentPlacement.of(zones, profiles.get(event.agentId()), event);
        if (placement.left() != null) {
            forwardDerived(record, placement.left(), "left",
                    new AgentEvent.AgentAvailabilityChanged(event.agentId(), false, placement.left()));
            if (placement.introduce()) {
                forwardDerived(record, placement.zone(), "joined", placement.profile());
            }
        }
        if (placement.profile() != null) {
            profiles.put(event.agentId(), placement.profile());
        }
        context.forward(record.withKey(placement.zone()));
    }

    private void forwardDerived(Record<String, CloudEvent<Object>> cause, String zone, String what, AgentEvent data) {
        CloudEvent<Object> original = cause.value();
        String id = UUID.nameUUIDFromBytes((original.id() + "/" + what).getBytes(StandardCharsets.UTF_8)).toString();
        CloudEvent<Object> derived = CloudEvent.of(id, RequestAggregateProcessor.SOURCE, original.time(),
                data.agentId(), data);
        context.forward(cause.withKey(zone).withValue(derived));
    }
}
