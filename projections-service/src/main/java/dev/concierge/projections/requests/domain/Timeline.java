package dev.concierge.projections.requests.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A request's facts in the order they happened: by the envelope's time, then by the topic's order
 * (one request's facts share a partition, so the offset breaks ties). An event id already present
 * changes nothing, so a redelivered or replayed fact leaves the timeline as it was.
 */
public final class Timeline {

    public static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::time)
            .thenComparingInt(TimelineEntry::partition)
            .thenComparingLong(TimelineEntry::offset);

    private final List<TimelineEntry> entries;

    private Timeline(List<TimelineEntry> entries) {
        this.entries = entries;
    }

    public static Timeline empty() {
        return new Timeline(List.of());
    }

    /** The entries as stored, in any order; duplicates of an event id count once (the first kept). */
    public static Timeline of(List<TimelineEntry> stored) {
        Timeline timeline = empty();
        for (TimelineEntry entry : stored) {
            timeline = timeline.with(entry);
        }
        return timeline;
    }

    public boolean contains(String eventId) {
        return entries.stream().anyMatch(e -> e.eventId().equals(eventId));
    }

    /** This timeline with the entry in its place; the same timeline when its event id is already here. */
    public Timeline with(TimelineEntry entry) {
        if (contains(entry.eventId())) {
            return this;
        }
        List<TimelineEntry> next = new ArrayList<>(entries);
        next.add(entry);
        next.sort(ORDER);
        return new Timeline(List.copyOf(next));
    }

    public List<TimelineEntry> entries() {
        return entries;
    }
}
