package dev.concierge.stacktests.journey;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Phone numbers and names no earlier run used: directory writes refuse a phone or e-mail registered
 * before (409), and a stack used with {@code concierge.stack=running} keeps what earlier runs made.
 */
public final class Unique {

    private Unique() {
    }

    /** An Indian mobile number: +91 98 and eight random digits. */
    public static String phone() {
        return String.format("+9198%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** Eight random hex digits, for names and e-mail addresses. */
    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
