package dev.concierge.requests.streams;

import dev.concierge.requests.assignment.AgentRoster;
import dev.concierge.requests.assignment.AssignmentDecision;
import dev.concierge.requests.domain.RequestDecider;
import dev.concierge.schemas.agents.AgentEvent;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.Sla;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The one place a zone's assignments are decided. All its input (agent changes and the request
 * facts that start, move or end work) arrives keyed by zone in an internal topic, so a zone's
 * decisions are made one after the other: no two partitions can both give an agent their last
 * free slot. Different zones are decided independently, possibly on different partitions.
 */
final class RosterProcessor implements Processor<String, CloudEvent<Object>, String, DecisionMessage> {

    private ProcessorContext<String, DecisionMessage> context;
    private KeyValueStore<String, byte[]> store;

    @Override
    public void init(ProcessorContext<String, DecisionMessage> context) {
        this.context = context;
        this.store = context.getStateStore(RequestTopology.ROSTER_STORE);
    }

    @Override
    public void process(Record<String, CloudEvent<Object>> record) {
        RosterStore entries = new RosterStore(store);
        List<AssignmentDecision> decisions = next(new AgentRoster(entries, record.key()), record.value().data());
        entries.flush();
        for (AssignmentDecision decision : decisions) {
            String eventId = UUID.nameUUIDFromBytes((record.value().id() + "/" + decision.requestId())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            context.forward(record.withKey(decision.requestId()).withValue(DecisionMessage.of(decision, eventId)));
        }
    }

    /** Which request facts the roster acts on; every agent change is relevant. */
    static boolean relevant(Object data) {
        return data instanceof RequestEvent.RequestCreated
                || data instanceof RequestEvent.RequestEnriched
                || data instanceof RequestEvent.AgentAssigned assigned && assigned.manual()
                || data instanceof RequestEvent.SlaBreached breached && breached.sla() == Sla.FIRST_AGENT_REPLY
                || closesWork(data);
    }

    static boolean closesWork(Object data) {
        return data instanceof RequestEvent.Delivered || data instanceof RequestEvent.Cancelled
                || data instanceof RequestEvent.Refunded || data instanceof RequestEvent.RequestUnavailable;
    }

    private static List<AssignmentDecision> next(AgentRoster roster, Object data) {
        if (data instanceof AgentEvent.AgentRegistered a) {
            return roster.profileChanged(a.agentId(), Set.copyOf(a.skills()), a.capacity());
        }
        if (data instanceof AgentEvent.AgentUpdated a) {
            return roster.profileChanged(a.agentId(), Set.copyOf(a.skills()), a.capacity());
        }
        if (data instanceof AgentEvent.AgentAvailabilityChanged a) {
            return roster.availabilityChanged(a.agentId(), a.online());
        }
        if (data instanceof RequestEvent.RequestCreated created) {
            return roster.assign(created.requestId(), created.categoryHint());
        }
        if (data instanceof RequestEvent.RequestEnriched enriched) {
            String category = RequestDecider.UNCATEGORISED.equals(enriched.category()) ? null : enriched.category();
            return roster.categorised(enriched.requestId(), category);
        }
        if (data instanceof RequestEvent.AgentAssigned assigned && assigned.manual()) {
            return roster.assignedManually(assigned.requestId(), assigned.agentId());
        }
        if (data instanceof RequestEvent.SlaBreached breached) {
            return roster.escalate(breached.requestId());
        }
        if (closesWork(data)) {
            return roster.released(((RequestEvent) data).requestId());
        }
        return List.of();
    }
}
