package dev.concierge.projections.privacy.domain;

/**
 * What a reader gets for a value kept encrypted: the plaintext, or nothing and {@code erased} when its
 * owner's data key was deleted. Never an exception: an erased customer's history simply reads as erased.
 */
public record Revealed(String value, boolean erased) {

    public static final Revealed ERASED = new Revealed(null, true);

    public static Revealed of(String value) {
        return new Revealed(value, false);
    }
}
