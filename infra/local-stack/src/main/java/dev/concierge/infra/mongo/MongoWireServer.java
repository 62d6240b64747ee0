package dev.concierge.infra.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import dev.concierge.infra.cli.Options;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dev stack's MongoDB: {@code mongo-java-server} speaking the MongoDB wire protocol, backed by an
 * H2 MVStore file so read models survive a restart. Services reach it through the real MongoDB
 * driver exactly as they would reach {@code mongod}; what it cannot do is listed in infra/README.md.
 */
public final class MongoWireServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MongoWireServer.class);

    private final MongoServer server;
    private final InetSocketAddress address;
    private final Path file;

    private MongoWireServer(MongoServer server, InetSocketAddress address, Path file) {
        this.server = server;
        this.address = address;
        this.file = file;
    }

    /** Opens (or creates) {@code file} and listens on {@code host:port}; port 0 picks a free one. */
    public static MongoWireServer start(Path file, String host, int port) {
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of " + absolute, e);
        }
        H2Backend backend = new H2Backend(absolute.toString());
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        return new MongoWireServer(server, server.getLocalAddress(), absolute);
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public Path file() {
        return file;
    }

    /** Disconnects clients and closes the H2 store, which writes out everything not yet on disk. */
    @Override
    public void close() {
        server.shutdownNow();
        LOG.info("stopped, data written to {}", file);
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        int port = options.intValue("port", "MONGO_PORT", 27017);
        Path file = Path.of(options.value("file", "MONGO_DATA_FILE", ".data/mongo/concierge.mv"));
        MongoWireServer server;
        try {
            // loopback only: this server has no authentication
            server = start(file, "127.0.0.1", port);
        } catch (RuntimeException e) {
            LOG.error("cannot start on 127.0.0.1:{} with {}: {}", port, file, describe(e));
            System.exit(1);
            return;
        }
        // SIGTERM runs the hook; netty's non-daemon event loop threads keep the JVM alive until then
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mongo-wire-shutdown"));
        LOG.info("listening on {}, data in {}", server.connectionString(), server.file());
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return Objects.toString(root.getMessage(), root.getClass().getSimpleName());
    }
}
