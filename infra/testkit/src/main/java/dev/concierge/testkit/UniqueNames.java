package dev.concierge.testkit;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Names for topics, consumer groups and databases that no other test uses. The counter makes them
 * unique within one JVM; the random part keeps JVMs that share one broker (./concierge test) apart.
 */
final class UniqueNames {

    // valid as a Kafka topic, a consumer group, a MongoDB database (at most 64 bytes) and a Redis key alike
    private static final Pattern ALLOWED_PREFIX = Pattern.compile("[A-Za-z0-9_-]{1,50}");
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int RANDOM_LENGTH = 5;

    private final AtomicLong counter = new AtomicLong();
    private final SecureRandom random = new SecureRandom();

    String next(String prefix) {
        if (prefix == null || !ALLOWED_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(
                    "name prefix must be 1-50 characters of letters, digits, '_' or '-', was: " + prefix);
        }
        StringBuilder name = new StringBuilder(prefix).append('-');
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            name.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return name.append(Long.toString(counter.incrementAndGet(), Character.MAX_RADIX)).toString();
    }
}
