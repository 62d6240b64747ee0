package dev.concierge.outbox.messages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Every recorded message, in memory, oldest evicted first once {@code capacity} is reached: the outbox is
 * a dev tool that restarts with the stack, so nothing here is worth a disk.
 */
public final class MessageLog {

    private final int capacity;
    private final LinkedHashMap<String, OutboxMessage> byId = new LinkedHashMap<>();

    public MessageLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    public synchronized void record(OutboxMessage message) {
        byId.put(message.id(), message);
        Iterator<String> oldest = byId.keySet().iterator();
        while (byId.size() > capacity) {
            oldest.next();
            oldest.remove();
        }
    }

    /** Replaces the message in place (its position in the log stays); empty when it was evicted or never seen. */
    public synchronized Optional<OutboxMessage> update(String id, UnaryOperator<OutboxMessage> change) {
        return Optional.ofNullable(byId.computeIfPresent(id, (key, message) -> change.apply(message)));
    }

    public synchronized Optional<OutboxMessage> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Newest first, narrowed by the query. */
    public List<OutboxMessage> list(MessageQuery query) {
        List<OutboxMessage> all;
        synchronized (this) {
            all = new ArrayList<>(byId.values());
        }
        Collections.reverse(all);
        return all.stream().filter(query::matches).limit(query.limit()).toList();
    }
}
