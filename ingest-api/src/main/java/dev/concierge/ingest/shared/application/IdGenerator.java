package dev.concierge.ingest.shared.application;

/** Makes new unique ids; injected so that tests can make them predictable. */
@FunctionalInterface
public interface IdGenerator {

    String next();

    /** A new id with a type prefix, e.g. {@code req_9f1c…}. */
    default String next(String prefix) {
        return prefix + "_" + next();
    }
}
