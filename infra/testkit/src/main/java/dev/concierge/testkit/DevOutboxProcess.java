package dev.concierge.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The dev outbox (the local Twilio, SMTP and FCM) as a child process of a test JVM, from its packaged
 * jar, on free loopback ports. Not a class-path dependency: its classes on a Quarkus app's class path
 * would add the outbox's endpoints to that app. Build it first ({@code -am}, or a test-scoped
 * {@code <type>pom</type>} dependency on {@code dev-outbox} so the reactor orders it before the module).
 *
 * <pre>{@code
 * try (DevOutboxProcess outbox = DevOutboxProcess.start(DevOutboxProcess.jarFromModule(), Map.of())) {
 *     outbox.url();       // http://127.0.0.1:<port>, for DEV_OUTBOX_URL
 *     outbox.smtpPort();  // for DEV_OUTBOX_SMTP_PORT
 * }
 * }</pre>
 */
public final class DevOutboxProcess implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DevOutboxProcess.class.getName());
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final String JAR = "infra/dev-outbox/target/quarkus-app/quarkus-run.jar";

    private final Process process;
    private final int httpPort;
    private final int smtpPort;
    private final Path log;

    private DevOutboxProcess(Process process, int httpPort, int smtpPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.smtpPort = smtpPort;
        this.log = log;
    }

    /**
     * The packaged outbox of this repository, found from the module's directory upwards
     * ({@value #JAR}); fails with the command that builds it when it is missing.
     */
    public static Path jarFromModule() {
        for (Path directory = Path.of(System.getProperty("user.dir")).toAbsolutePath(); directory != null;
                directory = directory.getParent()) {
            Path jar = directory.resolve(JAR);
            if (Files.isRegularFile(jar)) {
                return jar;
            }
        }
        throw new IllegalStateException("no " + JAR + " above " + System.getProperty("user.dir")
                + "; build it: mvn -B -pl infra/dev-outbox -am package -DskipTests");
    }

    /**
     * Starts the outbox with status steps of 50 ms and {@code environment} added to (or overriding)
     * its variables, e.g. {@code INGEST_BASE_URL}, {@code PUBLIC_BASE_URL}, {@code TWILIO_AUTH_TOKEN},
     * {@code DEV_OUTBOX_FETCH_MEDIA}. Returns once {@code /q/health} answers UP.
     */
    public static DevOutboxProcess start(Path jar, Map<String, String> environment) {
        int httpPort = freeLoopbackPort();
        int smtpPort = freeLoopbackPort();
        try {
            Path workDirectory = Path.of(System.getProperty("user.dir"), "target", "concierge-testkit");
            Files.createDirectories(workDirectory);
            Path log = workDirectory.resolve("dev-outbox-" + httpPort + ".log");
            ProcessBuilder builder = new ProcessBuilder(List.of(javaBinary(), "-Xmx256m", "-jar", jar.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = new HashMap<>();
            env.put("DEV_OUTBOX_PORT", Integer.toString(httpPort));
            env.put("DEV_OUTBOX_SMTP_PORT", Integer.toString(smtpPort));
            env.put("DEV_OUTBOX_CALLBACK_STEP_MS", "50");
            env.putAll(environment);
            builder.environment().putAll(env);
            DevOutboxProcess outbox = new DevOutboxProcess(builder.start(), httpPort, smtpPort, log);
            // a test JVM that ends without stopping it (a failed start, an interrupted run) leaves no outbox behind
            Runtime.getRuntime().addShutdownHook(new Thread(outbox::close, "dev-outbox-stop"));
            outbox.awaitHealthy();
            LOG.log(System.Logger.Level.INFO, "dev outbox ready at {0}, SMTP on {1}", outbox.url(),
                    Integer.toString(smtpPort));
            return outbox;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the dev outbox from " + jar, e);
        }
    }

    /** {@code http://127.0.0.1:<port>}: the Twilio API, FCM endpoint and {@code /api/messages}. */
    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    public int smtpPort() {
        return smtpPort;
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/q/health")).timeout(Duration.ofSeconds(2))
                .GET().build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the dev outbox exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while waiting for the dev outbox", e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while waiting for the dev outbox", e);
            }
        }
        close();
        throw new IllegalStateException("the dev outbox was not healthy within " + STARTUP_TIMEOUT.toSeconds()
                + " s; see " + log);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port for the dev outbox", e);
        }
    }

    /** Stops the outbox; never throws. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
