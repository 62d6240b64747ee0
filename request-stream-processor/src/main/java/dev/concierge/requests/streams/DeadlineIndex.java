package dev.concierge.requests.streams;

import dev.concierge.requests.lifecycle.Deadline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Deadlines sorted by time in a changelogged store: keys are "{@code <epoch millis, 19 digits>|<request
 * id>|<deadline>}", so the due ones are one range scan from the start, however many requests exist.
 */
final class DeadlineIndex {

    record Entry(Instant due, String requestId, Deadline deadline) {
    }

    private static final String SEPARATOR = "|";

    private final KeyValueStore<String, String> store;

    DeadlineIndex(KeyValueStore<String, String> store) {
        this.store = store;
    }

    /** Replaces a request's old deadlines by its new ones, except one that just fired and did not move. */
    void update(String requestId, Map<Deadline, Instant> before, Map<Deadline, Instant> after, Entry justFired) {
        before.forEach((deadline, due) -> {
            if (!due.equals(after.get(deadline))) {
                store.delete(key(new Entry(due, requestId, deadline)));
            }
        });
        after.forEach((deadline, due) -> {
            Entry entry = new Entry(due, requestId, deadline);
            if (!due.equals(before.get(deadline)) && !entry.equals(justFired)) {
                store.put(key(entry), requestId);
            }
        });
    }

    /** Removes and returns every entry due at or before {@code now}, earliest first. */
    List<Entry> takeDue(Instant now) {
        List<Entry> due = new ArrayList<>();
        try (KeyValueIterator<String, String> range = store.range(String.format("%019d", 0L),
                String.format("%019d", now.toEpochMilli()) + SEPARATOR + "\uffff")) {
            range.forEachRemaining(kv -> due.add(parse(kv.key)));
        }
        due.forEach(entry -> store.delete(key(entry)));
        return due;
    }

    static String key(Entry entry) {
        return String.format("%019d", entry.due().toEpochMilli()) + SEPARATOR + entry.requestId() + SEPARATOR
                + entry.deadline().name();
    }

    private static Entry parse(String key) {
        int first = key.indexOf(SEPARATOR);
        int last = key.lastIndexOf(SEPARATOR);
        return new Entry(Instant.ofEpochMilli(Long.parseLong(key.substring(0, first))), key.substring(first + 1, last),
                Deadline.valueOf(key.substring(last + 1)));
    }
}
