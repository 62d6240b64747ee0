package dev.concierge.notifications.templates;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns variables as emitters send them into what a person reads. Emitters send money as
 * {@code "INR 450.00"} (currency code, major units, two decimals) and times as ISO-8601 instants;
 * customers read {@code ₹450.00} and {@code 30 Nov, 6:45 PM} in India's time zone.
 */
final class VariableFormats {

    static final Set<String> MONEY = Set.of("amount", "itemPrice", "deliveryFee", "total");
    static final Set<String> TIMES = Set.of("expiresAt", "eta");

    /** Every customer is in India today; a per-recipient zone would come with the recipient's profile. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");
    private static final Pattern RUPEES = Pattern.compile("INR (\\d+)\\.(\\d{2})");
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("d MMM, h:mm a", Locale.ENGLISH);
    private static final DateTimeFormatter HINDI_TIME = DateTimeFormatter.ofPattern("d MMMM, h:mm a",
            Locale.forLanguageTag("hi-IN"));

    private VariableFormats() {
    }

    static String format(String name, String value, String language) {
        if (MONEY.contains(name)) {
            return money(value);
        }
        if (TIMES.contains(name)) {
            return time(value, language);
        }
        return value;
    }

    /** Rupees with the Indian grouping (₹1,45,000.00); another currency stays as its code and amount. */
    static String money(String value) {
        Matcher m = RUPEES.matcher(value.strip());
        if (!m.matches()) {
            return value;
        }
        return "₹" + indianGrouping(m.group(1)) + "." + m.group(2);
    }

    static String time(String value, String language) {
        try {
            DateTimeFormatter formatter = "hi".equals(language) ? HINDI_TIME : ENGLISH_TIME;
            return formatter.format(Instant.parse(value.strip()).atZone(ZONE));
        } catch (DateTimeException notAnInstant) {
            return value;
        }
    }

    /** The last three digits, then groups of two: 12345678 → 1,23,45,678. */
    private static String indianGrouping(String digits) {
        String number = digits.replaceFirst("^0+(?=\\d)", "");
        if (number.length() <= 3) {
            return number;
        }
        String head = number.substring(0, number.length() - 3);
        StringBuilder grouped = new StringBuilder();
        int firstGroup = head.length() % 2 == 0 ? 2 : 1;
        grouped.append(head, 0, firstGroup);
        for (int i = firstGroup; i < head.length(); i += 2) {
            grouped.append(',').append(head, i, i + 2);
        }
        return grouped.append(',').append(number.substring(number.length() - 3)).toString();
    }
}
