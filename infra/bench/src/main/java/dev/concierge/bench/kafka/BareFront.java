package dev.concierge.bench.kafka;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The floor under {@code ingest-single}: the least an HTTP front can do per chat message on this machine. It
 * answers every {@code POST} with 202 once the broker has acknowledged a record holding the body — no token, no
 * rate limit, no owner check, no envelope — on Vert.x event loops with no hand-off to another thread, through a
 * producer configured as ingest-api's (acks=all, idempotent, 5 ms linger: its `concierge.kafka.linger`).
 *
 * <p>Run in a JVM of its own (like the services, so its CPU is its own and the generator's is not counted):
 * {@link #start} launches it and returns once it listens. What it reaches, against ProducerPerformance on the same
 * broker, bounds what any design of ingest-api could reach here with the same load generator: the machine's two
 * cores are shared by the generator, this front, the broker and the JIT.
 */
public final class BareFront extends AbstractVerticle {

    private static final String LISTENING = "bare front listening on ";

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final int recordSize;
    private final int port;

    private BareFront(KafkaProducer<String, byte[]> producer, String topic, int recordSize, int port) {
        this.producer = producer;
        this.topic = topic;
        this.recordSize = recordSize;
        this.port = port;
    }

    @Override
    public void start(io.vertx.core.Promise<Void> started) {
        vertx.createHttpServer(new HttpServerOptions().setPort(port).setHost("127.0.0.1"))
                .requestHandler(request -> request.body().onComplete(body -> {
                    if (body.failed()) {
                        request.response().setStatusCode(400).end();
                        return;
                    }
                    byte[] value = new byte[recordSize];
                    byte[] text = body.result().getBytes();
                    System.arraycopy(text, 0, value, 0, Math.min(text.length, value.length));
                    // answered on this verticle's event loop, not on the producer's I/O thread
                    producer.send(new ProducerRecord<>(topic, requestIdOf(request.path()), value),
                            (metadata, error) -> context.runOnContext(ignored ->
                                    request.response().setStatusCode(error == null ? 202 : 503).end()));
                }))
                .listen()
                .onSuccess(server -> started.complete())
                .onFailure(started::fail);
    }

    /** {@code /v1/requests/{id}/messages} → {@code id}: the record key, so the partitions fill as ingest-api's do. */
    static String requestIdOf(String path) {
        String[] parts = path.split("/");
        return parts.length > 3 ? parts[3] : path;
    }

    /** {@code args}: bootstrap servers, topic, record size in bytes, event loops. */
    public static void main(String[] args) {
        String bootstrap = args[0];
        String topic = args[1];
        int recordSize = Integer.parseInt(args[2]);
        int eventLoops = Integer.parseInt(args[3]);
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.LINGER_MS_CONFIG, "5"),
                new StringSerializer(), new ByteArraySerializer());
        // the topic's metadata before the first request, so no send blocks an event loop waiting for it
        producer.partitionsFor(topic);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
        // one port for every instance, so Vert.x spreads the connections over their event loops (with port 0 each
        // instance would listen on a port of its own, and the load would reach only the one announced)
        int port = freePort();
        vertx.deployVerticle(() -> new BareFront(producer, topic, recordSize, port),
                        new DeploymentOptions().setInstances(eventLoops))
                .onSuccess(ignored -> System.out.println(LISTENING + port))
                .onFailure(error -> {
                    error.printStackTrace();
                    System.exit(1);
                });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback interface", e);
        }
    }

    /** Starts the front in a JVM of its own and returns once it listens; closing it stops the JVM. */
    public static Running start(String bootstrap, String topic, int recordSize, int eventLoops)
            throws IOException, InterruptedException {
        List<String> command = ChildJvm.command(BareFront.class.getName(),
                List.of(bootstrap, topic, Integer.toString(recordSize), Integer.toString(eventLoops)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Path pidFile = Files.createTempFile("bare-front", ".pid");
        Files.writeString(pidFile, Long.toString(process.pid()));
        List<String> seen = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(LISTENING)) {
                int port = Integer.parseInt(line.substring(LISTENING.length()).trim());
                Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }), "bare-front-output");
                drain.setDaemon(true);
                drain.start();
                return new Running(process, port, pidFile);
            }
            seen.add(line);
        }
        process.waitFor(5, TimeUnit.SECONDS);
        Files.deleteIfExists(pidFile);
        throw new IllegalStateException("the bare front exited before listening: " + String.join(" | ", seen));
    }

    /** A started front: its port, and a file holding its pid for the load generator's CPU accounting. */
    public record Running(Process process, int port, Path pidFile) implements AutoCloseable {

        @Override
        public void close() throws IOException, InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(pidFile);
        }
    }
}
