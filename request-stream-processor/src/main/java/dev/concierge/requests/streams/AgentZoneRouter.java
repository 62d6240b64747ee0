package dev.concierge.requests.streams;

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
 * Re-keys agent changes by the agent's zone. The agent's last profile is kept (one entry per agent)
 * so that presence without a zone goes where the agent works, and an agent who moves to another
 * zone is first taken offline in the old one (their work handed on) and introduced to the new one.
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
        AgentEvent.AgentUpdated known = profiles.get(event.agentId());
        String before = known == null ? null : zones.ofAgent(known.zone());
        AgentEvent.AgentUpdated profile = known;
        String zone;
        if (event instanceof AgentEvent.AgentRegistered a) {
            profile = new AgentEvent.AgentUpdated(a.agentId(), a.name(), a.email(), a.phone(), a.skills(), a.capacity(),
                    a.zone());
            zone = zones.ofAgent(a.zone());
        } else if (event instanceof AgentEvent.AgentUpdated a) {
            profile = a;
            zone = zones.ofAgent(a.zone());
        } else {
            AgentEvent.AgentAvailabilityChanged a = (AgentEvent.AgentAvailabilityChanged) event;
            zone = a.zone() != null ? zones.ofAgent(a.zone()) : before != null ? before : zones.defaultZone();
            if (known != null && !zone.equals(before)) {
                profile = new AgentEvent.AgentUpdated(known.agentId(), known.name(), known.email(), known.phone(),
                        known.skills(), known.capacity(), zone);
            }
        }
        if (before != null && !before.equals(zone)) {
            // leaving the old zone hands the agent's work on there; the new zone learns who they are
            forwardDerived(record, before, "left", new AgentEvent.AgentAvailabilityChanged(event.agentId(), false, before));
            if (!(event instanceof AgentEvent.AgentUpdated) && !(event instanceof AgentEvent.AgentRegistered)) {
                forwardDerived(record, zone, "joined", profile);
            }
        }
        if (profile != null) {
            profiles.put(event.agentId(), profile);
        }
        context.forward(record.withKey(zone));
    }

    private void forwardDerived(Record<String, CloudEvent<Object>> cause, String zone, String what, AgentEvent data) {
        CloudEvent<Object> original = cause.value();
        String id = UUID.nameUUIDFromBytes((original.id() + "/" + what).getBytes(StandardCharsets.UTF_8)).toString();
        CloudEvent<Object> derived = CloudEvent.of(id, RequestAggregateProcessor.SOURCE, original.time(),
                data.agentId(), data);
        context.forward(cause.withKey(zone).withValue(derived));
    }
}
