package dev.concierge.requests.sourcing;

import dev.concierge.schemas.common.Money;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads availability and price from the way shopkeepers actually answer on WhatsApp: English,
 * Hindi in Latin script (Hinglish), quick replies, emoji and every way of writing rupees
 * ("YES 450", "haan hai 450 ka", "available Rs.420/-", "₹ 1,250", "nahi hai", "2").
 *
 * <p>A "no" word wins over a "yes" word because negations embed them ("nahi hai", "not available");
 * a "later" word wins over both because "kal milega" means the shop cannot supply it now.
 */
public final class StoreReplyParser {

    /** The outreach message offers these one-character answers. */
    private static final String QUICK_YES = "1";
    private static final String QUICK_NO = "2";

    private static final Set<String> LATER = Set.of(
            "kal", "tomorrow", "tmrw", "parso", "later", "baad", "next week", "agle hafte", "mangwana padega",
            "order karna padega");
    private static final Set<String> NO = Set.of(
            "no", "nahi", "nahin", "nhi", "nai", "nope", "unavailable", "khatam", "khtm", "nil", "not available",
            "no stock", "out of stock", "sold out", "n/a", "na hai", "not in stock", "abhi nahi", "❌", "👎", "🚫");
    private static final Set<String> YES = Set.of(
            "yes", "y", "yess", "yup", "yeah", "haan", "han", "haa", "ha", "haanji", "hanji", "ji", "hai", "hain",
            "available", "avl", "avail", "ok", "okay", "okk", "milega", "mil jayega", "in stock", "stock hai",
            "👍", "✅", "✔", "👌");

    /** Words after a number that make it a size, strength or count ("500 ml", "dolo 650 tablet"), not a price. */
    private static final Set<String> UNITS = Set.of(
            "ml", "l", "ltr", "litre", "liter", "g", "gm", "gms", "gram", "grams", "kg", "kgs", "mg", "mcg", "pcs", "pc",
            "piece", "pieces", "tab", "tabs", "tablet", "tablets", "strip", "strips", "pack", "packs", "x", "inch", "cm",
            "mm", "w", "watt", "v", "mah", "gb", "tb", "%");

    private static final Pattern NUMBER = Pattern.compile("(?<![0-9])(?<![0-9][.,])(\\d{1,3}(?:,\\d{2,3})+|\\d+)(\\.\\d{1,2})?(?![0-9])");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(₹|\\brs\\.?|\\binr|\\brupees?|\\bmrp|\\bprice|\\brate)\\s*[:=-]?\\s*$");
    private static final Pattern CURRENCY_AFTER = Pattern.compile(
            "^\\s*(/-|/=|₹|(rs|rs\\.|rupees?|rupaye|rupay|rupiya|inr|ka|ki|ke|only|mein|me|mai|final)(\\b|$))");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s*([a-z%]+)");
    private static final Pattern NOT_A_WORD = Pattern.compile("[\\s,.!?:;()\\[\\]\"'*]+");
    private static final BigDecimal MAX_PLAUSIBLE_RUPEES = BigDecimal.valueOf(10_000_000);

    public StoreReply parse(String text) {
        if (text == null || text.isBlank()) {
            return new StoreReply.Unclear();
        }
        String normalised = normalise(text);
        if (normalised.equals(QUICK_YES)) {
            return new StoreReply.Available(Optional.empty());
        }
        if (normalised.equals(QUICK_NO)) {
            return new StoreReply.Unavailable(false);
        }
        String spaced = " " + NOT_A_WORD.matcher(normalised).replaceAll(" ").trim() + " ";
        if (mentionsAny(spaced, LATER)) {
            return new StoreReply.Unavailable(true);
        }
        if (mentionsAny(spaced, NO)) {
            return new StoreReply.Unavailable(false);
        }
        Optional<Money> price = price(normalised);
        if (price.isPresent() || mentionsAny(spaced, YES)) {
            return new StoreReply.Available(price);
        }
        return new StoreReply.Unclear();
    }

    /** Lower case, ASCII digits for Devanagari and other scripts' digits, single spaces. */
    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isDigit(cp)) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return out.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    /** Whole words and phrases only, so "no" does not fire inside "nokia"; emoji anywhere. */
    private static boolean mentionsAny(String spacedText, Set<String> vocabulary) {
        for (String entry : vocabulary) {
            boolean emoji = !Character.isLetterOrDigit(entry.codePointAt(0));
            if (emoji ? spacedText.contains(entry) : spacedText.contains(" " + entry + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A number next to a rupee marker wins; otherwise the first bare number that is not a size,
     * strength or count, and is not glued to letters like a model name ("a52") or reply code.
     */
    private static Optional<Money> price(String text) {
        Optional<Money> firstBare = Optional.empty();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            Optional<Money> amount = toMoney(matcher.group(1), matcher.group(2));
            String before = text.substring(0, matcher.start());
            String after = text.substring(matcher.end());
            boolean currencyBefore = CURRENCY_BEFORE.matcher(before).find();
            boolean gluedToLetters = !before.isEmpty() && Character.isLetter(before.charAt(before.length() - 1));
            if (amount.isEmpty() || gluedToLetters && !currencyBefore) {
                continue;
            }
            if (currencyBefore || CURRENCY_AFTER.matcher(after).find()) {
                return amount;
            }
            Matcher nextWord = WORD_AFTER.matcher(after);
            boolean unit = nextWord.find() && UNITS.contains(nextWord.group(1));
            if (!unit && firstBare.isEmpty()) {
                firstBare = amount;
            }
        }
        return firstBare;
    }

    private static Optional<Money> toMoney(String integerPart, String fraction) {
        String digits = integerPart.replace(",", "");
        if (digits.length() > 8) {
            return Optional.empty(); // a phone or order number, not a price
        }
        BigDecimal rupees = new BigDecimal(digits + (fraction == null ? "" : fraction));
        if (rupees.signum() == 0 || rupees.compareTo(MAX_PLAUSIBLE_RUPEES) > 0) {
            return Optional.empty();
        }
        return Optional.of(Money.inr(rupees.movePointRight(2).longValueExact()));
    }
}
