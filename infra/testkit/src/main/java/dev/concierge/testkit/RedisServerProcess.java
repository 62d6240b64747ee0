package dev.concierge.testkit;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A Debian {@code redis-server} process on a free loopback port, without persistence. */
final class RedisServerProcess implements RunningPart {

    private static final System.Logger LOG = System.getLogger(RedisServerProcess.class.getName());
    private static final String BINARY = "redis-server";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(10);
    // a port found free can be taken by someone else before redis binds it; then try another one
    private static final int ATTEMPTS = 3;

    private final Process process;
    private final int port;

    private RedisServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Finds {@code redis-server} on {@code pathVariable} (the PATH format) and starts it. */
    static RedisServerProcess startFromPath(String pathVariable, Path workDirectory) {
        Path binary = locate(pathVariable).orElseThrow(() -> new RedisServerNotInstalledException(pathVariable));
        IllegalStateException lastFailure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return start(binary, freeLoopbackPort(), workDirectory);
            } catch (IllegalStateException e) {
                lastFailure = e;
                LOG.log(System.Logger.Level.WARNING, "redis-server attempt {0} failed: {1}", attempt, e.getMessage());
            }
        }
        throw lastFailure;
    }

    static Optional<Path> locate(String pathVariable) {
        if (pathVariable == null || pathVariable.isBlank()) {
            return Optional.empty();
        }
        return Stream.of(pathVariable.split(File.pathSeparator))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, BINARY))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static RedisServerProcess start(Path binary, int port, Path workDirectory) {
        try {
            Files.createDirectories(workDirectory);
            Path log = workDirectory.resolve("redis-" + port + ".log");
            Process process = new ProcessBuilder(List.of(binary.toString(),
                    "--bind", "127.0.0.1",
                    "--port", Integer.toString(port),
                    // tests need no durability: no RDB snapshots, no append-only file
                    "--save", "",
                    "--appendonly", "no",
                    "--dir", workDirectory.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            RedisServerProcess redis = new RedisServerProcess(process, port);
            redis.awaitPong(log);
            LOG.log(System.Logger.Level.INFO, "redis-server ready at {0}", redis.address());
            return redis;
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + binary, e);
        }
    }

    private void awaitPong(Path log) {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited with " + process.exitValue()
                        + " on port " + port + "; its output: " + readQuietly(log));
            }
            if (answersPing()) {
                return;
            }
            sleep(Duration.ofMillis(50));
        }
        close();
        throw new IllegalStateException("redis-server gave no PONG on port " + port + " within "
                + STARTUP_TIMEOUT.toSeconds() + " s; its output: " + readQuietly(log));
    }

    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] reply = new byte[7];
            InputStream in = socket.getInputStream();
            int read = in.readNBytes(reply, 0, reply.length);
            return new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException notYetListening) {
            return false;
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port for redis-server", e);
        }
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log).strip();
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for redis-server", e);
        }
    }

    @Override
    public String address() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
