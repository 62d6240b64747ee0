package dev.concierge.requests.sourcing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The short code a shopkeeper quotes back so a reply finds its request: two consonants and two
 * digits ("BX47"). The letters leave out vowels and the letters of units and currencies (r, s, g,
 * m, k, l, y) so that no word, price or size a shopkeeper types ("rs45", "kg12") looks like a code.
 * Derived from the request id, so it is stable across rounds and restarts without storing it.
 */
public final class ReplyCodes {

    private static final String LETTERS = "BCDFHJNPTVWXZ";
    private static final Pattern CODE = Pattern.compile("(?<![a-z0-9])([" + LETTERS.toLowerCase(Locale.ROOT) + "]{2}\\d{2})(?![a-z0-9])");

    private ReplyCodes() {
    }

    public static String forRequest(String requestId) {
        CRC32 crc = new CRC32();
        crc.update(requestId.getBytes(StandardCharsets.UTF_8));
        long hash = crc.getValue();
        char first = LETTERS.charAt((int) (hash % LETTERS.length()));
        hash /= LETTERS.length();
        char second = LETTERS.charAt((int) (hash % LETTERS.length()));
        hash /= LETTERS.length();
        return "" + first + second + String.format("%02d", hash % 100);
    }

    /** Every code-shaped token in a reply, upper case, in the order written. */
    public static Set<String> findIn(String text) {
        Set<String> codes = new LinkedHashSet<>();
        if (text == null) {
            return codes;
        }
        Matcher matcher = CODE.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            codes.add(matcher.group(1).toUpperCase(Locale.ROOT));
        }
        return codes;
    }
}
