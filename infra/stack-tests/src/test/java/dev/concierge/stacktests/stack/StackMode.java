package dev.concierge.stacktests.stack;

import java.util.Locale;

/**
 * How the stack tests get their stack: system property {@value #PROPERTY}, else environment variable
 * {@value #VARIABLE}, else {@link #START}.
 */
public enum StackMode {
    /** Start the dev stack from the built jars once per test JVM and stop it at the end (the default). */
    START,
    /** Use the dev stack already running on the fixed ports ({@code ./concierge run}); start and stop nothing. */
    RUNNING,
    /** Skip every stack test (reported as skipped, with the reason). */
    SKIP;

    public static final String PROPERTY = "concierge.stack";
    public static final String VARIABLE = "CONCIERGE_STACK_TESTS";

    public static StackMode current() {
        String value = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        if (value == null || value.isBlank()) {
            return START;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + " / " + VARIABLE + " must be start, running or skip, was '"
                    + value + "'", e);
        }
    }
}
