package dev.concierge.bench.stack;

/** Where the dev stack answers (its fixed local addresses unless the environment says otherwise). */
public record Stack(String ingest, String projections, String outbox, String kafka, String ingestPidFile,
        String processorGroup) {

    public static Stack fromEnvironment() {
        return new Stack(
                env("CONCIERGE_INGEST_URL", "http://127.0.0.1:8081"),
                env("CONCIERGE_PROJECTIONS_URL", "http://127.0.0.1:8080"),
                env("DEV_OUTBOX_URL", "http://127.0.0.1:8090"),
                env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                env("CONCIERGE_INGEST_PID_FILE", ""),
                // request-stream-processor's quarkus.kafka-streams.application-id
                env("CONCIERGE_PROCESSOR_GROUP", "request-stream-processor"));
    }

    /** The read models' store (the dev stack's MongoDB-wire server), for baselines that query it directly. */
    public String mongo() {
        return env("MONGODB_URI", "mongodb://127.0.0.1:27017");
    }

    /** request-stream-processor's pid file in the stack's data directory ({@code DATA_DIR}, set by ./concierge bench). */
    public String processorPidFile() {
        String dataDir = System.getenv("DATA_DIR");
        return dataDir == null ? "" : java.nio.file.Path.of(dataDir, "run", "request-stream-processor.pid").toString();
    }

    /**
     * Whether the stack is a scratch one that {@code ./concierge bench} started for this run and throws away
     * after it ({@code CONCIERGE_BENCH_SCRATCH_STACK=true}), so that a benchmark may drop data the run made;
     * never on a stack started by a person ({@code --running}).
     */
    public boolean scratch() {
        return "true".equals(System.getenv("CONCIERGE_BENCH_SCRATCH_STACK"));
    }

    public String ingestHost() {
        return java.net.URI.create(ingest).getHost();
    }

    public int ingestPort() {
        return java.net.URI.create(ingest).getPort();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
