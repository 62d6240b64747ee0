package dev.concierge.bench.benchmarks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marker each e2e-chat message carries in its text ({@code #e2e-<run>-<sequence>}), and how its push
 * is recognised on the live stream.
 */
final class ChatMarkers {

    private static final Pattern MARKER = Pattern.compile("#e2e-(\\d+)-(\\d+)\\b");

    private ChatMarkers() {
    }

    /** The marker the {@code sequence}-th message of run {@code run} carries. */
    static String marker(long run, long sequence) {
        return "#e2e-" + run + "-" + sequence;
    }

    /**
     * The sequence (as a key) of the run's message a live-stream data line pushes, or null: only a
     * {@code message} event counts (a {@code request} snapshot that quotes the text is not the message's
     * push), and another run's late push is not this run's.
     */
    static String pushedSequence(String json, long run) {
        if (!json.contains("\"kind\":\"message\"")) {
            return null;
        }
        Matcher marker = MARKER.matcher(json);
        return marker.find() && Long.parseLong(marker.group(1)) == run ? marker.group(2) : null;
    }
}
