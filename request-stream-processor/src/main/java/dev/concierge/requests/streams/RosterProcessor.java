package dev.concierge.requests.streams;

import dev.concierge.requests.assignment.Agent;
import dev.concierge.requests.assignment.AgentRoster;
import dev.concierge.requests.assignment.AssignmentDecision;
import dev.concierge.requests.domain.Deadline;
import dev.concierge.requests.domain.RequestDecider;
import dev.concierge.schemas.agents.AgentEvent;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.requests.RequestEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The one place assignments are decided. All its input (agent changes and the request facts that
 * start, move or end work) arrives under one key in a one-partition internal topic, so decisions
 * are made one after the other against one roster: no two partitions can both give an agent their
 * last free slot.
 */
final class RosterProcessor implements Processor<String, CloudEvent<Object>, String, DecisionMessage> {

    static final String ROSTER_KEY = "roster";

    private ProcessorContext<String, DecisionMessage> context;
    private KeyValueStore<String, AgentRoster> store;

    @Override
    public void init(ProcessorContext<String, DecisionMessage> context) {
        this.context = context;
        this.store = context.getStateStore(RequestTopology.ROSTER_STORE);
    }

    @Override
    public void process(Record<String, CloudEvent<Object>> record) {
        AgentRoster roster = store.get(ROSTER_KEY);
        if (roster == null) {
            roster = AgentRoster.empty();
        }
        AgentRoster.Result result = next(roster, record.value().data());
        store.put(ROSTER_KEY, result.roster());
        for (AssignmentDecision decision : result.decisions()) {
            String eventId = UUID.nameUUIDFromBytes((record.value().id() + "/" + decision.requestId())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            context.forward(record.withKey(decision.requestId()).withValue(DecisionMessage.of(decision, eventId)));
        }
    }

    /** Which roster operation each relevant fact is; other facts leave the roster as it is. */
    static boolean relevant(Object data) {
        return data instanceof AgentEvent
                || data instanceof RequestEvent.RequestCreated
                || data instanceof RequestEvent.RequestEnriched
                || data instanceof RequestEvent.AgentAssigned assigned && assigned.manual()
                || data instanceof RequestEvent.SlaBreached breached && breached.sla().equals(Deadline.FIRST_AGENT_REPLY.name())
                || closesWork(data);
    }

    private static boolean closesWork(Object data) {
        return data instanceof RequestEvent.Delivered || data instanceof RequestEvent.Cancelled
                || data instanceof RequestEvent.Refunded || data instanceof RequestEvent.RequestUnavailable;
    }

    private static AgentRoster.Result next(AgentRoster roster, Object data) {
        if (data instanceof AgentEvent.AgentRegistered a) {
            return roster.agentChanged(a.agentId(), Set.copyOf(a.skills()), a.capacity(), online(roster, a.agentId()));
        }
        if (data instanceof AgentEvent.AgentUpdated a) {
            return roster.agentChanged(a.agentId(), Set.copyOf(a.skills()), a.capacity(), online(roster, a.agentId()));
        }
        if (data instanceof AgentEvent.AgentAvailabilityChanged a) {
            Agent known = roster.agents().get(a.agentId());
            return roster.agentChanged(a.agentId(), known == null ? Set.of() : known.skills(),
                    known == null ? 0 : known.capacity(), a.online());
        }
        if (data instanceof RequestEvent.RequestCreated created) {
            return roster.assign(created.requestId(), created.categoryHint());
        }
        if (data instanceof RequestEvent.RequestEnriched enriched) {
            String category = RequestDecider.UNCATEGORISED.equals(enriched.category()) ? null : enriched.category();
            return new AgentRoster.Result(roster.categorised(enriched.requestId(), category), List.of());
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
        return new AgentRoster.Result(roster, List.of());
    }

    /** Registration and profile changes keep presence as it was; new agents start offline. */
    private static boolean online(AgentRoster roster, String agentId) {
        Agent known = roster.agents().get(agentId);
        return known != null && known.online();
    }
}
