package dev.concierge.enrichment.text.domain;

/** Where a lexicon entry was found: tokens {@code [start, start + length)}; {@code fuzzy} when a typo was forgiven. */
public record LexiconMatch(LexiconEntry entry, int start, int length, boolean fuzzy) {

    public double weight() {
        return entry.weight() * (fuzzy ? 0.8 : 1.0);
    }

    boolean overlaps(LexiconMatch other) {
        return start < other.start + other.length && other.start < start + length;
    }
}
