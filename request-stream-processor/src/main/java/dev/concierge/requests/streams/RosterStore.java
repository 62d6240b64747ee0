package dev.concierge.requests.streams;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.concierge.requests.assignment.Agent;
import dev.concierge.requests.assignment.OpenRequest;
import dev.concierge.requests.assignment.RosterEntries;
import dev.concierge.requests.assignment.ZoneState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The roster's entries in one changelogged key-value store, one small record each:
 * <pre>
 *  agent|&lt;zone&gt;|&lt;agent id&gt;              → the agent (profile, presence, open request ids ≤ capacity)
 *  request|&lt;request id&gt;                → an open request (category, arrival, owner or queued)
 *  queue|&lt;zone&gt;|&lt;queue&gt;|&lt;arrival, 19 digits&gt; → the request id; a range scan gives the head
 *  zone|&lt;zone&gt;                       → next arrival number, last assigned agent, non-empty queues
 * </pre>
 * Writes are held until {@link #flush()}, so a decision that fails half-way writes nothing.
 */
final class RosterStore implements RosterEntries {

    private static final String SEP = "|";
    private static final String END = "\uffff";
    private static final byte[] DELETED = new byte[0];

    private final KeyValueStore<String, byte[]> store;
    private final NavigableMap<String, byte[]> pending = new TreeMap<>();
    /** Per queue, the first store key not deleted in this batch: later scans start there, not at the old head. */
    private final Map<String, String> liveFrom = new HashMap<>();

    RosterStore(KeyValueStore<String, byte[]> store) {
        this.store = store;
    }

    @Override
    public Optional<Agent> agent(String zone, String agentId) {
        return read(agentKey(zone, agentId), Agent.class);
    }

    @Override
    public List<Agent> agents(String zone) {
        String prefix = "agent" + SEP + zone + SEP;
        NavigableMap<String, byte[]> all = new TreeMap<>();
        try (KeyValueIterator<String, byte[]> it = store.prefixScan(prefix, new StringSerializer())) {
            it.forEachRemaining(kv -> all.put(kv.key, kv.value));
        }
        all.putAll(pending.subMap(prefix, prefix + END));
        List<Agent> agents = new ArrayList<>();
        all.values().stream().filter(v -> v != DELETED).forEach(v -> agents.add(decode(v, Agent.class)));
        return agents;
    }

    @Override
    public void putAgent(String zone, Agent agent) {
        write(agentKey(zone, agent.agentId()), agent);
    }

    @Override
    public Optional<OpenRequest> request(String requestId) {
        return read(requestKey(requestId), OpenRequest.class);
    }

    @Override
    public void putRequest(OpenRequest request) {
        write(requestKey(request.requestId()), request);
    }

    @Override
    public void removeRequest(String requestId) {
        pending.put(requestKey(requestId), DELETED);
    }

    @Override
    public Optional<Queued> head(String zone, String queue) {
        String prefix = queuePrefix(zone, queue);
        String fromStore = null;
        try (KeyValueIterator<String, byte[]> it = store.range(liveFrom.getOrDefault(prefix, prefix), prefix + END)) {
            while (it.hasNext() && fromStore == null) {
                String key = it.next().key;
                if (pending.get(key) != DELETED) {
                    fromStore = key;
                }
            }
        }
        if (fromStore != null) {
            liveFrom.put(prefix, fromStore);
        }
        String fromPending = pending.subMap(prefix, prefix + END).entrySet().stream()
                .filter(e -> e.getValue() != DELETED).map(Map.Entry::getKey).findFirst().orElse(null);
        String first = fromStore == null ? fromPending
                : fromPending == null || fromStore.compareTo(fromPending) < 0 ? fromStore : fromPending;
        if (first == null) {
            return Optional.empty();
        }
        byte[] id = pending.containsKey(first) ? pending.get(first) : store.get(first);
        return Optional.of(new Queued(Long.parseLong(first.substring(prefix.length())),
                new String(id, StandardCharsets.UTF_8)));
    }

    @Override
    public void enqueue(String zone, String queue, Queued queued) {
        pending.put(queueKey(zone, queue, queued.arrival()), queued.requestId().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void dequeue(String zone, String queue, long arrival) {
        pending.put(queueKey(zone, queue, arrival), DELETED);
    }

    @Override
    public Optional<ZoneState> zone(String zone) {
        return read("zone" + SEP + zone, ZoneState.class);
    }

    @Override
    public void putZone(String zone, ZoneState state) {
        write("zone" + SEP + zone, state);
    }

    /** Writes what this decision changed, each entry once. */
    void flush() {
        pending.forEach((key, value) -> {
            if (value == DELETED) {
                store.delete(key);
            } else {
                store.put(key, value);
            }
        });
        pending.clear();
        liveFrom.clear();
    }

    private <T> Optional<T> read(String key, Class<T> type) {
        byte[] bytes = pending.containsKey(key) ? pending.get(key) : store.get(key);
        return bytes == null || bytes == DELETED ? Optional.empty() : Optional.of(decode(bytes, type));
    }

    private void write(String key, Object value) {
        try {
            pending.put(key, InternalJson.MAPPER.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new SerializationException("cannot write roster entry " + key, e);
        }
    }

    private static <T> T decode(byte[] bytes, Class<T> type) {
        try {
            return InternalJson.MAPPER.readValue(bytes, type);
        } catch (IOException e) {
            throw new SerializationException("cannot read roster entry as " + type.getSimpleName(), e);
        }
    }

    private static String agentKey(String zone, String agentId) {
        return "agent" + SEP + zone + SEP + agentId;
    }

    private static String requestKey(String requestId) {
        return "request" + SEP + requestId;
    }

    private static String queuePrefix(String zone, String queue) {
        return "queue" + SEP + zone + SEP + queue + SEP;
    }

    private static String queueKey(String zone, String queue, long arrival) {
        return queuePrefix(zone, queue) + String.format("%019d", arrival);
    }
}
