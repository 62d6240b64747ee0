package dev.concierge.enrichment.text.domain;

import java.util.Set;

/** The customer's register, so that questions come back in the words they used. */
public enum Register {
    ENGLISH,
    HINGLISH;

    /** Function words that English does not have ("do" is left out: it is both). */
    private static final Set<String> HINDI_WORDS = Set.of("chahiye", "chaiye", "chahie", "chahiyen", "hai", "hain",
            "ki", "ka", "ke", "ko", "wala", "wali", "wale", "dena", "dedo", "bhejo", "bhej", "mujhe", "muje", "mera",
            "meri", "mere", "kya", "aur", "bhi", "nahi", "nahin", "jaldi", "lao", "lana", "milega", "milegi", "ek",
            "teen", "char", "chaar", "paanch", "kitna", "kitne", "bhaiya", "bhai", "yaar", "accha", "acha", "liye",
            "mein", "tak", "abhi", "patta", "dawai", "dawa", "doodh", "dudh", "sabzi", "wahi", "koi", "kuch", "se",
            "hoga", "karo", "krdo", "ji");

    public static Register of(String text) {
        if (text == null) {
            return ENGLISH;
        }
        if (text.chars().anyMatch(c -> c >= '\u0900' && c <= '\u097F')) {
            return HINGLISH;
        }
        for (String token : TextNormaliser.tokens(TextNormaliser.normalise(text))) {
            if (HINDI_WORDS.contains(token)) {
                return HINGLISH;
            }
        }
        return ENGLISH;
    }
}
