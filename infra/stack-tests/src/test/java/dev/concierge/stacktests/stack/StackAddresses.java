package dev.concierge.stacktests.stack;

import java.net.URI;

/**
 * The dev stack's fixed loopback addresses (ARCHITECTURE.md). The stack tests never take them from
 * {@code KAFKA_BOOTSTRAP_SERVERS} and the like: inside {@code ./concierge test} those name the throwaway
 * module-test broker, not the stack.
 */
public final class StackAddresses {

    public static final String KAFKA_BOOTSTRAP = "127.0.0.1:9092";
    public static final URI PROJECTIONS = URI.create("http://127.0.0.1:8080");
    public static final URI INGEST_API = URI.create("http://127.0.0.1:8081");
    public static final URI PAYMENT_WORKER = URI.create("http://127.0.0.1:8084");
    public static final URI DEV_OUTBOX = URI.create("http://127.0.0.1:8090");

    private StackAddresses() {
    }
}
