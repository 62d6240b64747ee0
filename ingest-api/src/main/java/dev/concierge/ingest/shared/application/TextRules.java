package dev.concierge.ingest.shared.application;

import java.util.Optional;

/**
 * Characters no text field may carry, on every endpoint: C0 and C1 control characters (tab, line
 * feed and carriage return excepted), DEL, the bidirectional embedding/override/isolate controls
 * (U+202A–U+202E, U+2066–U+2069, which make text display differently from what is stored), the
 * noncharacters U+FFFE/U+FFFF and unpaired surrogates (not Unicode at all). Such text is refused,
 * never silently cleaned, so what is stored is exactly what the client sent.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why {@code text} is refused, or empty when every character is allowed. */
    public static Optional<String> problemWith(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of("contains an unpaired surrogate (U+" + hex(c) + " at position " + i
                        + "); text must be valid Unicode");
            }
            if (isRefused(c)) {
                return Optional.of("contains the control character U+" + hex(c) + " at position " + i
                        + "; control characters other than tab and line breaks, and bidirectional overrides, are not allowed");
            }
        }
        return Optional.empty();
    }

    /** Returns {@code text}, or throws naming {@code field} when it holds a refused character. */
    public static String requireClean(String text, String field) {
        problemWith(text).ifPresent(reason -> {
            throw InvalidInputException.of(field, reason);
        });
        return text;
    }

    static boolean isRefused(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0xFFFE || c == 0xFFFF;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
