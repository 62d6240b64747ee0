package dev.concierge.payments.simulated;

import java.security.SecureRandom;

/** Ids in Razorpay's form: a prefix, an underscore and 14 letters or digits ({@code plink_NPx1a2B3c4D5e6}). */
final class RazorpayIds {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RazorpayIds() {
    }

    static String next(String prefix) {
        StringBuilder id = new StringBuilder(prefix).append('_');
        for (int i = 0; i < 14; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
