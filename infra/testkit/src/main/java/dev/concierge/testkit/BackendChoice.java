package dev.concierge.testkit;

import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Which backend each part uses. An address in the environment always wins, so that
 * {@code ./concierge test} can point every module at one shared broker and one Redis; Testcontainers
 * only when asked for and a Docker engine answers; otherwise the test kit starts its own.
 *
 * @param reason one line for the log saying why, so a surprising choice is easy to explain
 */
record BackendChoice(Backend kafka, Backend redis, Backend mongo, String reason) {

    static final String KAFKA_ENV = "KAFKA_BOOTSTRAP_SERVERS";
    static final String REDIS_ENV = "REDIS_URL";
    static final String MONGO_ENV = "MONGODB_URI";
    static final String TESTCONTAINERS_ENV = "CONCIERGE_TESTCONTAINERS";

    /**
     * @param dockerAvailable asked at most once, and only when Testcontainers is requested for a part
     *                        that has no address in the environment (probing Docker is slow and noisy)
     */
    static BackendChoice decide(Map<String, String> env, BooleanSupplier dockerAvailable) {
        boolean kafkaGiven = isSet(env, KAFKA_ENV);
        boolean redisGiven = isSet(env, REDIS_ENV);
        boolean mongoGiven = isSet(env, MONGO_ENV);
        boolean allGiven = kafkaGiven && redisGiven && mongoGiven;
        boolean containersRequested = "true".equalsIgnoreCase(env.getOrDefault(TESTCONTAINERS_ENV, "").trim());

        String reason;
        Backend started;
        if (allGiven) {
            started = Backend.IN_JVM;
            reason = "every address is given by the environment";
        } else if (containersRequested && dockerAvailable.getAsBoolean()) {
            started = Backend.TESTCONTAINERS;
            reason = TESTCONTAINERS_ENV + "=true and a Docker engine answers: using Testcontainers";
        } else if (containersRequested) {
            started = Backend.IN_JVM;
            reason = TESTCONTAINERS_ENV + "=true but no Docker engine answers: starting in-JVM parts instead";
        } else {
            started = Backend.IN_JVM;
            reason = "starting in-JVM parts where the environment gives no address";
        }
        return new BackendChoice(
                kafkaGiven ? Backend.FROM_ENVIRONMENT : started,
                redisGiven ? Backend.FROM_ENVIRONMENT : started,
                mongoGiven ? Backend.FROM_ENVIRONMENT : started,
                reason);
    }

    static boolean isSet(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
