package dev.concierge.bench.benchmarks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Pairs each chat message the load generator had accepted (202) with its push on the live stream, by the
 * marker its text carries ({@code #e2e-<run>-<sequence>}), and measures the time between. The generator
 * and the stream tell it from two threads, in either order: a push can be read before the 202 is.
 */
final class PushLatencies {

    private static final Pattern MARKER = Pattern.compile("#e2e-(\\d+)-(\\d+)\\b");
    private static final long MAX_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final long run;
    private final Map<Long, long[]> acceptedBySequence = new ConcurrentHashMap<>();
    private final Map<Long, Long> pushedBySequence = new ConcurrentHashMap<>();

    /** {@code run}: tells this run's messages from an earlier run's late pushes. */
    PushLatencies(long run) {
        this.run = run;
    }

    /** The marker the {@code sequence}-th message of run {@code run} carries in its text. */
    static String marker(long run, long sequence) {
        return "#e2e-" + run + "-" + sequence;
    }

    /** The generator's answer: {@code dueNanos} when the schedule sent it, {@code acceptedNanos} when its 202 came. */
    void accepted(long sequence, long dueNanos, long acceptedNanos) {
        acceptedBySequence.put(sequence, new long[] {dueNanos, acceptedNanos});
    }

    /**
     * A data line of the live stream read at {@code readNanos}: a {@code message} event carrying one of this
     * run's markers is that message's push (the first one counts; a {@code request} snapshot that quotes
     * the text is not the message's push).
     */
    void streamed(String json, long readNanos) {
        if (!json.contains("\"kind\":\"message\"")) {
            return;
        }
        Matcher marker = MARKER.matcher(json);
        if (marker.find() && Long.parseLong(marker.group(1)) == run) {
            pushedBySequence.putIfAbsent(Long.parseLong(marker.group(2)), readNanos);
        }
    }

    long pushes() {
        return pushedBySequence.size();
    }

    /** Accepted messages whose push has been read so far. */
    long acceptedAndPushed() {
        return acceptedBySequence.keySet().stream().filter(pushedBySequence::containsKey).count();
    }

    /** The two latencies of every accepted message pushed so far, and how many were accepted but not pushed. */
    Figures figures() {
        Histogram fromAccepted = new Histogram(MAX_NANOS, 3);
        Histogram fromDue = new Histogram(MAX_NANOS, 3);
        long pushedBeforeAccepted = 0;
        long missing = 0;
        for (Map.Entry<Long, long[]> accepted : acceptedBySequence.entrySet()) {
            Long pushed = pushedBySequence.get(accepted.getKey());
            if (pushed == null) {
                missing++;
                continue;
            }
            long afterAccepted = pushed - accepted.getValue()[1];
            // the stream can be read a moment before the 202 is: a push that beat its 202 took no time after it
            pushedBeforeAccepted += afterAccepted < 0 ? 1 : 0;
            fromAccepted.recordValue(Math.min(MAX_NANOS, Math.max(0, afterAccepted)));
            fromDue.recordValue(Math.min(MAX_NANOS, Math.max(0, pushed - accepted.getValue()[0])));
        }
        return new Figures(acceptedBySequence.size(), fromAccepted, fromDue, pushedBeforeAccepted, missing);
    }

    /** Latencies in nanoseconds: from the 202 to the push, and from the scheduled send to the push. */
    record Figures(long accepted, Histogram fromAccepted, Histogram fromDue, long pushedBeforeAccepted, long missing) {

        long pushed() {
            return fromAccepted.getTotalCount();
        }

        static double ms(Histogram histogram, double percentile) {
            return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1e6;
        }
    }
}
