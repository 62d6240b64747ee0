package dev.concierge.projections.live;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The last {@code capacity} changes pushed on the stream, numbered, so a client that reconnects with
 * {@code Last-Event-ID} gets exactly what it missed. Ids are {@code <run>-<sequence>}: {@code run} names this
 * process's run, so an id from before a restart (or from another instance) is not mistaken for one of ours.
 * Not thread-safe: {@link LiveFeed} holds its lock around every call.
 */
final class ResumeBuffer {

    private final String run;
    private final int capacity;
    private final Deque<LiveEvent> kept = new ArrayDeque<>();
    private long lastSequence;

    ResumeBuffer(String run, int capacity) {
        this.run = run;
        this.capacity = capacity;
    }

    /** Numbers the change, keeps it (dropping the oldest past the capacity) and answers it as an event. */
    LiveEvent add(LiveChange change) {
        lastSequence++;
        LiveEvent event = new LiveEvent(run + "-" + lastSequence, change, true);
        kept.addLast(event);
        if (kept.size() > capacity) {
            kept.removeFirst();
        }
        return event;
    }

    /**
     * Every kept change after the one with this id, oldest first, marked as replays; empty when the id is not
     * one of this run's or its successors are no longer all kept: the client must reload instead.
     */
    Optional<List<LiveEvent>> after(String lastEventId) {
        Optional<Long> sequence = sequenceOf(lastEventId);
        long oldestKept = lastSequence - kept.size() + 1;
        if (sequence.isEmpty() || sequence.get() > lastSequence || sequence.get() < oldestKept - 1) {
            return Optional.empty();
        }
        long after = sequence.get();
        return Optional.of(kept.stream().skip(after - oldestKept + 1)
                .map(event -> new LiveEvent(event.id(), event.change(), false)).toList());
    }

    private Optional<Long> sequenceOf(String id) {
        String prefix = run + "-";
        if (id == null || !id.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(id.substring(prefix.length())));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }
}
