package dev.concierge.requests.streams;

import dev.concierge.requests.lifecycle.Deadline;
import dev.concierge.requests.lifecycle.Decision;
import dev.concierge.requests.lifecycle.Fact;
import dev.concierge.requests.lifecycle.Input;
import dev.concierge.requests.lifecycle.LifecyclePolicy;
import dev.concierge.requests.lifecycle.RequestDecider;
import dev.concierge.requests.lifecycle.RequestState;
import dev.concierge.schemas.common.Actor;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.kafka.CloudEventSerializer;
import dev.concierge.schemas.notifications.NotificationCommand;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jboss.logging.Logger;

/**
 * Runs the request aggregate: loads the stored state, lets the {@link RequestDecider} decide, and
 * writes the new state, the facts, the snapshot and the workers' commands in one go (one Kafka
 * transaction under exactly-once). A wall-clock punctuation fires due deadlines from the index.
 */
final class RequestAggregateProcessor implements Processor<String, Incoming, String, Outgoing> {

    static final String SOURCE = "request-stream-processor";
    private static final Logger LOG = Logger.getLogger(RequestAggregateProcessor.class);

    private final RequestTopics topics;
    private final LifecyclePolicy policy;
    private final Clock clock;
    private final Duration timerTick;
    private final CloudEventSerializer<Object> serializer = new CloudEventSerializer<>();
    private final OutboundMapping outbound;
    private ProcessorContext<String, Outgoing> context;
    private KeyValueStore<String, RequestState> requests;
    private DeadlineIndex deadlines;
    private RequestDecider decider;

    RequestAggregateProcessor(RequestTopics topics, LifecyclePolicy policy, Clock clock, Duration timerTick) {
        this.topics = topics;
        this.policy = policy;
        this.clock = clock;
        this.timerTick = timerTick;
        this.outbound = new OutboundMapping(topics);
    }

    @Override
    public void init(ProcessorContext<String, Outgoing> context) {
        this.context = context;
        this.requests = context.getStateStore(RequestTopology.REQUESTS_STORE);
        this.deadlines = new DeadlineIndex(context.getStateStore(RequestTopology.DEADLINES_STORE));
        this.decider = new RequestDecider(policy, new GlobalStoreCatalog(
                context.getStateStore(RequestTopology.STORE_DIRECTORY), context.getStateStore(RequestTopology.OUTREACH_HISTORY)));
        context.schedule(timerTick, PunctuationType.WALL_CLOCK_TIME, this::fireDueDeadlines);
    }

    @Override
    public void process(Record<String, Incoming> record) {
        Incoming incoming = record.value();
        try {
            handle(record.key(), incoming.input(), incoming.eventId(), clock.instant(), null)
                    .forEach(context::forward);
        } catch (RuntimeException e) {
            LOG.errorf(e, "cannot handle %s %s of request %s; sent to %s", incoming.sourceTopic(), incoming.eventId(),
                    record.key(), DeadLetters.dlqOf(incoming.sourceTopic()));
            context.forward(record.withValue(new Outgoing(DeadLetters.dlqOf(incoming.sourceTopic()), incoming.raw()))
                    .withHeaders(DeadLetters.describe(record.headers(), DeadLetters.Stage.PROCESSING, e,
                            incoming.sourceTopic(), context.recordMetadata().orElse(null), clock.instant())));
        }
    }

    /** Deadlines are keyed by time, so this reads only the due ones however many requests are open. */
    private void fireDueDeadlines(long wallClockMillis) {
        Instant now = Instant.ofEpochMilli(wallClockMillis);
        for (DeadlineIndex.Entry due : deadlines.takeDue(now)) {
            String timerId = UUID.nameUUIDFromBytes(DeadlineIndex.key(due).getBytes(StandardCharsets.UTF_8)).toString();
            try {
                handle(due.requestId(), new Input.DeadlinePassed(due.deadline(), due.due()), timerId, now, due)
                        .forEach(context::forward);
            } catch (RuntimeException e) {
                // nothing to dead-letter: a timer has no source record; the entry is gone so it cannot loop
                LOG.errorf(e, "deadline %s of request %s failed", due.deadline(), due.requestId());
            }
        }
    }

    /** Computes every output before touching the stores, so a failure leaves nothing half done. */
    private List<Record<String, Outgoing>> handle(String requestId, Input input, String causeId, Instant now,
            DeadlineIndex.Entry firedTimer) {
        RequestState before = requests.get(requestId);
        Decision decision = decider.decide(requestId, before, input, now);
        List<Record<String, Outgoing>> out = new ArrayList<>();
        // who issued the command travels with its facts (CloudEvents extensions), so the history keeps it
        Actor actor = input instanceof Input.Command command ? command.command().issuedBy() : null;
        if (decision instanceof Decision.Accepted accepted) {
            for (Fact fact : accepted.facts()) {
                out.add(encode(topics.events().name(), requestId, fact.eventId(), now, fact.event(), actor));
            }
            if (!accepted.facts().isEmpty()) {
                var snapshot = accepted.state().snapshot().withDeadlines(running(accepted.state()));
                out.add(encode(topics.state().name(), requestId, derivedId(requestId + "/state/" + snapshot.version()), now,
                        snapshot));
            }
            for (int i = 0; i < accepted.outbound().size(); i++) {
                OutboundMapping.Addressed work = outbound.map(accepted.outbound().get(i));
                String anchor = accepted.facts().isEmpty() ? causeId : accepted.facts().get(0).eventId();
                out.add(encode(work.topic(), work.key(), derivedId(anchor + "/out/" + i), now, work.data()));
            }
            Map<Deadline, Instant> deadlinesBefore = decider.deadlines(before);
            requests.put(requestId, accepted.state());
            deadlines.update(requestId, deadlinesBefore, decider.deadlines(accepted.state()), firedTimer);
        } else if (decision instanceof Decision.Rejected rejected) {
            Input.Command command = (Input.Command) input;
            RequestEvent.CommandRejected fact = new RequestEvent.CommandRejected(requestId,
                    command.command().getClass().getSimpleName(), command.eventId(),
                    before == null ? null : before.snapshot().status(), rejected.reason());
            out.add(encode(topics.events().name(), requestId, derivedId("rejected/" + command.eventId()), now, fact,
                    actor));
        } else {
            LOG.debugf("request %s: %s", requestId, ((Decision.Ignored) decision).reason());
        }
        return out;
    }

    /**
     * The record key is the subject, on every topic: a notification is keyed by its recipient, so
     * its subject is the recipient too (the request id travels in the Notify's variables).
     */
    private Record<String, Outgoing> encode(String topic, String key, String eventId, Instant now, Object data) {
        return encode(topic, key, eventId, now, data, null);
    }

    private Record<String, Outgoing> encode(String topic, String key, String eventId, Instant now, Object data,
            Actor actor) {
        Headers headers = new RecordHeaders();
        CloudEvent<Object> event = CloudEvent.of(eventId, SOURCE, now, key, data);
        if (actor != null) {
            event = event.withActor(actor.id(), actor.role());
        }
        byte[] value = serializer.serialize(topic, headers, event);
        return new Record<>(key, new Outgoing(topic, value), now.toEpochMilli(), headers);
    }

    /** The timers running for the request, soonest first, as the published snapshot shows them. */
    private List<RequestSnapshot.RunningDeadline> running(RequestState state) {
        return decider.deadlines(state).entrySet().stream()
                .sorted(Map.Entry.<Deadline, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(due -> new RequestSnapshot.RunningDeadline(due.getKey().name(), due.getKey().sla(), due.getValue()))
                .toList();
    }

    private static String derivedId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
