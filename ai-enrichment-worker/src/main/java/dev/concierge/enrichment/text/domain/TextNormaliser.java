package dev.concierge.enrichment.text.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Brings a customer's text into one shape before any rule looks at it: lower case, Devanagari
 * digits and number words as ASCII digits, numbers split from the unit glued to them ("500ml" →
 * "500 ml") and punctuation other than what units and brand names use ({@code . - % &}) as spaces.
 */
public final class TextNormaliser {

    private static final Map<String, String> DEVANAGARI_WORDS = Map.ofEntries(
            Map.entry("एक", "1"), Map.entry("दो", "2"), Map.entry("तीन", "3"), Map.entry("चार", "4"),
            Map.entry("पांच", "5"), Map.entry("पाँच", "5"), Map.entry("छह", "6"), Map.entry("सात", "7"),
            Map.entry("आठ", "8"), Map.entry("नौ", "9"), Map.entry("दस", "10"));

    private TextNormaliser() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder digits = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            // Devanagari digits ०..९ are U+0966..U+096F
            digits.append(c >= '\u0966' && c <= '\u096F' ? (char) ('0' + (c - '\u0966')) : c);
        }
        String spaced = digits.toString()
                .replace('’', '\'')
                .replaceAll("'s\\b", "s")
                .replaceAll("[^\\p{L}\\p{M}\\p{N}.%&+\\-]+", " ")
                // a dot or hyphen that is not inside a word or number is punctuation
                .replaceAll("(?<![\\p{L}\\p{N}])[.\\-]|[.\\-](?![\\p{L}\\p{N}])", " ")
                .replaceAll("(?<=\\p{L})-(?=\\p{N})|(?<=\\p{N})-(?=\\p{L})", " ")
                .replaceAll("(?<=\\p{N})(?=\\p{L})|(?<=\\p{IsLatin})(?=\\p{N})", " ");
        List<String> tokens = Arrays.stream(spaced.trim().split("\\s+"))
                .map(token -> DEVANAGARI_WORDS.getOrDefault(token, token))
                .toList();
        return String.join(" ", tokens).trim();
    }

    /** The normalised text's tokens. */
    public static List<String> tokens(String normalised) {
        return normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
    }
}
