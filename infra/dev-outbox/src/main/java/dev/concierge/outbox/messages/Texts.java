package dev.concierge.outbox.messages;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a subject or title and a text become one readable body. */
public final class Texts {

    private Texts() {
    }

    /** The non-blank pieces, stripped, one blank line apart; null when all are blank. */
    public static String joinNonBlank(String... pieces) {
        String joined = Arrays.stream(pieces)
                .filter(piece -> piece != null && !piece.isBlank())
                .map(String::strip)
                .collect(Collectors.joining("\n\n"));
        return joined.isEmpty() ? null : joined;
    }
}
