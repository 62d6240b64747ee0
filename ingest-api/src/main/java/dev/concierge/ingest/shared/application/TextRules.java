package dev.concierge.ingest.shared.application;

import java.util.Optional;

/**
 * Characters no text field may carry, on every endpoint: C0 and C1 control characters (tab, line
 * feed and carriage return excepted), DEL, the bidirectional embedding/override/isolate controls
 * (U+202A–U+202E, U+2066–U+2069, which make text display differently from what is stored), the
 * noncharacters U+FFFE/U+FFFF and unpaired surrogates (not Unicode at all). Such text is refused,
 * never silently cleaned, so what is stored is exactly what the client sent.
 * <p>
 * A value that is not empty but shows nothing — only whitespace and invisible characters (format
 * characters such as the zero-width space, joiners, word joiner and BOM, fillers, variation
 * selectors) — is refused too: it would reach a person as an empty message.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why {@code text} is refused as a value of a body, or empty when it is allowed. */
    public static Optional<String> problemWith(String text) {
        Optional<String> characters = characterProblemWith(text);
        if (characters.isPresent() || text == null || text.isEmpty() || !isBlank(text)) {
            return characters;
        }
        return Optional.of("shows nothing: it holds only whitespace or invisible characters");
    }

    /**
     * True when {@code text} is absent or shows nothing: every character is whitespace or invisible.
     * Where "no text" is allowed (a message with only a photo), such text counts as no text.
     */
    public static boolean isBlank(String text) {
        return text == null || text.codePoints().allMatch(TextRules::isInvisible);
    }

    /** Why {@code text} holds a refused character, or empty when every character is allowed. */
    public static Optional<String> characterProblemWith(String text) {
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

    /**
     * Returns {@code text}, or throws naming {@code field} when it holds a refused character. For
     * gateway parameters, where an invisible value (a WhatsApp profile name) is the sender's own choice.
     */
    public static String requireCleanCharacters(String text, String field) {
        characterProblemWith(text).ifPresent(reason -> {
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

    static boolean isInvisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT
                // default-ignorable code points that are not format characters: combining grapheme
                // joiner, Hangul fillers, Khmer inherent vowels, Mongolian selectors, variation selectors
                || codePoint == 0x034F || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x17B4
                || codePoint == 0x17B5 || (codePoint >= 0x180B && codePoint <= 0x180F) || codePoint == 0x3164
                || codePoint == 0xFFA0 || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF)
                // the blank Braille pattern, a common "invisible name" character
                || codePoint == 0x2800;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
