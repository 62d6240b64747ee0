package dev.concierge.enrichment.market.domain;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A product's stable id and the description its embedding is made of, both from its brand and
 * name. The id is the words of "brand name" in lower case, accents and punctuation dropped, each
 * word once, joined by '-': "Amul" + "Amul Taaza toned milk" → {@code amul-taaza-toned-milk}, the
 * same for every request that names it, however it was spelt in the event.
 */
public final class ProductNames {

    private ProductNames() {
    }

    /** Empty without a name (a brand alone names no product). */
    public static Optional<String> id(String brand, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Set<String> words = new LinkedHashSet<>();
        for (String word : words((brand == null ? "" : brand) + " " + name)) {
            words.add(word);
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join("-", words));
    }

    /** "Amul Taaza toned milk", or "boAt Airdopes 141" from brand "boAt" and name "Airdopes 141". */
    public static String description(String brand, String name) {
        if (brand == null || brand.isBlank() || name.toLowerCase(Locale.ROOT).contains(brand.toLowerCase(Locale.ROOT))) {
            return name;
        }
        return brand + " " + name;
    }

    private static String[] words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return plain.isEmpty() ? new String[0] : plain.split(" ");
    }
}
