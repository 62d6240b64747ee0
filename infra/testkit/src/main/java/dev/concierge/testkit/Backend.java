package dev.concierge.testkit;

/** Where one piece of test infrastructure (Kafka, Redis or MongoDB) comes from. */
enum Backend {
    /** An address given in the environment: a broker or server someone else runs and stops. */
    FROM_ENVIRONMENT,
    /** A Docker container started through Testcontainers: real MongoDB, Kafka and Redis images. */
    TESTCONTAINERS,
    /** Started by the test kit itself: in-JVM KRaft cluster, a redis-server process, in-memory mongo-java-server. */
    IN_JVM
}
