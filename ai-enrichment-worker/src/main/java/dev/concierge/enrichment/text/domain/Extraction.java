package dev.concierge.enrichment.text.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules read from a text: specifications keyed by taxonomy attribute id (values such as
 * {@code "500 ml"}, {@code "2"}, {@code "650 mg"}), and the numbers no rule claimed, each with the
 * word before it, for rules that need the category first (a bare "650" after a medicine is its strength).
 */
public record Extraction(Map<String, String> specs, List<BareNumber> bareNumbers) {

    public Extraction {
        specs = Collections.unmodifiableMap(new LinkedHashMap<>(specs));
        bareNumbers = List.copyOf(bareNumbers);
    }

    /** A number with no unit, and the token before it ({@code ""} at the start). */
    public record BareNumber(String value, String previousToken) {
    }
}
