package dev.concierge.ingest.shared.web.problems;

import java.util.List;

/**
 * Keeps the part of a JSON parser message that describes the client's input ("Unexpected
 * character ('}')…") and drops what describes the parser (its option names, class names, source).
 */
final class JacksonMessages {

    private static final List<String> INTERNAL_TAILS = List.of("\n", " at [Source", " (start marker", " (for ",
            " (from `", ": enable `", "; enable `", " (not recognized", " (through reference chain");
    private static final List<String> INTERNAL_WORDS = List.of("`", "Feature", "java.", "jackson", "Jackson",
            "dev.concierge", "StreamRead", "JsonRead", "Exception");

    private JacksonMessages() {
    }

    static String clientPart(String message) {
        String text = message == null ? "" : message;
        for (String tail : INTERNAL_TAILS) {
            int at = text.indexOf(tail);
            if (at >= 0) {
                text = text.substring(0, at);
            }
        }
        for (String word : INTERNAL_WORDS) {
            if (text.contains(word)) {
                return "";
            }
        }
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
