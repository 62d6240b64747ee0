package dev.concierge.ingest.auth.application;

import dev.concierge.ingest.shared.application.InvalidInputException;
import java.util.regex.Pattern;

/**
 * Normalises phone numbers to E.164. Indian mobile numbers may come without the country code
 * ("98765 43210", "098765-43210", "919876543210"); everything else must start with '+'.
 */
public final class PhoneNumbers {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern INDIAN_MOBILE = Pattern.compile("[6-9][0-9]{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");

    private PhoneNumbers() {
    }

    public static String normalise(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInputException.of(field, "a phone number is required");
        }
        String compact = SEPARATORS.matcher(raw.trim()).replaceAll("");
        String candidate;
        if (compact.startsWith("+")) {
            candidate = compact;
        } else if (INDIAN_MOBILE.matcher(compact).matches()) {
            candidate = "+91" + compact;
        } else if (compact.length() == 11 && compact.startsWith("0") && INDIAN_MOBILE.matcher(compact.substring(1)).matches()) {
            candidate = "+91" + compact.substring(1);
        } else if (compact.length() == 12 && compact.startsWith("91") && INDIAN_MOBILE.matcher(compact.substring(2)).matches()) {
            candidate = "+" + compact;
        } else {
            candidate = compact;
        }
        if (!E164.matcher(candidate).matches()) {
            throw InvalidInputException.of(field,
                    "'" + raw + "' is not a phone number; use E.164 (+919876543210) or a 10-digit Indian mobile number");
        }
        return candidate;
    }
}
