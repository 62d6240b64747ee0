package dev.concierge.outbox.messages;

/** Phone numbers with or without Twilio's channel prefix name the same person. */
public final class Addresses {

    public static final String WHATSAPP_PREFIX = "whatsapp:";

    private Addresses() {
    }

    public static String bare(String address) {
        if (address == null) {
            return null;
        }
        String trimmed = address.trim();
        return trimmed.startsWith(WHATSAPP_PREFIX) ? trimmed.substring(WHATSAPP_PREFIX.length()) : trimmed;
    }

    public static String whatsapp(String number) {
        return WHATSAPP_PREFIX + bare(number);
    }

    public static boolean isWhatsapp(String address) {
        return address != null && address.trim().startsWith(WHATSAPP_PREFIX);
    }
}
