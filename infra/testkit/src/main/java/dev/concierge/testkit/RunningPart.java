package dev.concierge.testkit;

/** A started piece of infrastructure: where clients reach it, and how to stop it. */
interface RunningPart extends AutoCloseable {

    /** The address clients use: bootstrap servers, {@code redis://host:port} or {@code mongodb://host:port}. */
    String address();

    /** Stops the part; never throws, because it runs from a shutdown hook. */
    @Override
    void close();

    /** A part somebody else runs (an address from the environment): nothing to stop. */
    static RunningPart external(String address) {
        return new RunningPart() {
            @Override
            public String address() {
                return address;
            }

            @Override
            public void close() {
            }
        };
    }
}
