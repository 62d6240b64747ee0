package dev.concierge.testkit;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-wire server in the test JVM (mongo-java-server, memory backend), reached through the real
 * MongoDB driver. It lacks transactions and {@code $text}, and ignores non-unique indexes: see infra/README.md.
 */
final class InMemoryMongo implements RunningPart {

    private final MongoServer server;
    private final String connectionString;

    private InMemoryMongo(MongoServer server, String connectionString) {
        this.server = server;
        this.connectionString = connectionString;
    }

    static InMemoryMongo start() {
        MongoServer server = new MongoServer(new MemoryBackend());
        // binds to the loopback address on a free port
        String connectionString = server.bindAndGetConnectionString();
        return new InMemoryMongo(server, connectionString);
    }

    @Override
    public String address() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
