package dev.concierge.enrichment.text.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Indian brands, product shorthand and everyday words (English and Hinglish) that embeddings alone
 * do not tie to a category: "dolo 650" is paracetamol, "taaza" is milk. Matching is on whole
 * tokens; an alphabetic token of five letters or more may carry one typo (eight or more: two), a
 * number never (a "dolo 500" is not a "dolo 650").
 *
 * <p>The data is text, one entry a line:
 * {@code category/subcategory | brand | product | phrase; phrase | attribute=value, attribute=value}.
 */
public final class Lexicon {

    private final List<LexiconEntry> entries;

    public Lexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Lexicon parse(List<String> lines) {
        List<LexiconEntry> entries = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\\|", -1);
            if (columns.length != 5) {
                throw new IllegalArgumentException("a lexicon line has 5 columns separated by |: " + line);
            }
            String[] place = columns[0].trim().split("/", 2);
            List<List<String>> phrases = new ArrayList<>();
            for (String phrase : columns[3].split(";")) {
                if (!phrase.isBlank()) {
                    phrases.add(TextNormaliser.tokens(TextNormaliser.normalise(phrase)));
                }
            }
            entries.add(new LexiconEntry(phrases, place[0], place.length > 1 ? place[1] : null,
                    blankToNull(columns[1]), blankToNull(columns[2]), specs(columns[4])));
        }
        return new Lexicon(entries);
    }

    public List<LexiconEntry> entries() {
        return entries;
    }

    /** The entries named in the tokens, longest phrase first and never two on the same token. */
    public List<LexiconMatch> find(List<String> tokens) {
        List<LexiconMatch> candidates = new ArrayList<>();
        for (LexiconEntry entry : entries) {
            for (List<String> phrase : entry.phrases()) {
                for (int start = 0; start + phrase.size() <= tokens.size(); start++) {
                    int typos = typos(phrase, tokens, start);
                    if (typos >= 0) {
                        candidates.add(new LexiconMatch(entry, start, phrase.size(), typos > 0));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt(LexiconMatch::length).reversed()
                .thenComparing(LexiconMatch::fuzzy)
                .thenComparing(Comparator.comparingDouble(LexiconMatch::weight).reversed()));
        List<LexiconMatch> chosen = new ArrayList<>();
        for (LexiconMatch candidate : candidates) {
            if (chosen.stream().noneMatch(candidate::overlaps)) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(LexiconMatch::start));
        return chosen;
    }

    /** -1 when the phrase is not at {@code start}, else the number of tokens matched with a typo. */
    private static int typos(List<String> phrase, List<String> tokens, int start) {
        int typos = 0;
        for (int i = 0; i < phrase.size(); i++) {
            String expected = phrase.get(i);
            String actual = tokens.get(start + i);
            if (expected.equals(actual)) {
                continue;
            }
            if (!forgivable(expected, actual)) {
                return -1;
            }
            typos++;
        }
        return typos;
    }

    private static boolean forgivable(String expected, String actual) {
        if (!expected.chars().allMatch(Character::isLetter) || !actual.chars().allMatch(Character::isLetter)) {
            return false;
        }
        int shorter = Math.min(expected.length(), actual.length());
        int allowed = shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0;
        return allowed > 0 && EditDistance.between(expected, actual, allowed) <= allowed;
    }

    private static Map<String, String> specs(String column) {
        Map<String, String> specs = new LinkedHashMap<>();
        for (String pair : column.split(",")) {
            if (!pair.isBlank()) {
                String[] keyValue = pair.split("=", 2);
                specs.put(keyValue[0].trim(), keyValue[1].trim());
            }
        }
        return specs;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.trim();
    }
}
