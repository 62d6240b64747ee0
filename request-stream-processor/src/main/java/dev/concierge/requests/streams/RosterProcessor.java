package dev.concierge.requests.streams;

import dev.concierge.requests.assignment.AgentRoster;
import dev.concierge.requests.assignment.AssignmentDecision;
import dev.concierge.requests.assignment.RosterInputs;
import dev.concierge.schemas.envelope.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The one place a zone's assignments are decided. All its input (agent changes and the request
 * facts that start, move or end work) arrives keyed by zone in an internal topic, so a zone's
 * decisions are made one after the other: no two partitions can both give an agent their last
 * free slot. Different zones are decided independently, possibly on different partitions. What the
 * roster decides is {@link RosterInputs}; this step only reads, writes and forwards.
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
        List<AssignmentDecision> decisions =
                RosterInputs.apply(new AgentRoster(entries, record.key()), record.value().data());
        entries.flush();
        for (AssignmentDecision decision : decisions) {
            String eventId = UUID.nameUUIDFromBytes((record.value().id() + "/" + decision.requestId())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            context.forward(record.withKey(decision.requestId()).withValue(DecisionMessage.of(decision, eventId)));
        }
    }
}
