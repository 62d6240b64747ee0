package dev.concierge.stacktests.stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one dev stack of this test JVM. Started by {@link #bring(StackMode)} at most once; closed by JUnit
 * when the whole run ends, or by a shutdown hook when the JVM ends any other way.
 */
final class RunningStack implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RunningStack.class.getName());
    /** The launcher's own health wait is 300 s by default; room for the broker and topics on top. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(3);

    /** When {@code ./concierge run --detach} reported this JVM's stack ready (every service's health UP). */
    static volatile Instant readyAt;

    private final Launcher launcher;
    private final RuntimeException startFailure;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private RunningStack(Launcher launcher, RuntimeException startFailure) {
        this.launcher = launcher;
        this.startFailure = startFailure;
    }

    static RunningStack bring(StackMode mode) {
        if (mode == StackMode.RUNNING) {
            return new RunningStack(null, ingestApiAnswers() ? null : new IllegalStateException(
                    StackMode.PROPERTY + "=running, but nothing answers " + StackAddresses.INGEST_API
                            + "/q/health; start the dev stack with ./concierge run --detach"));
        }
        Launcher launcher = Launcher.forThisModule();
        RunningStack stack = new RunningStack(launcher, start(launcher));
        if (stack.startFailure == null) {
            readyAt = Instant.now();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "dev-stack-stop"));
        return stack;
    }

    private static RuntimeException start(Launcher launcher) {
        // whatever an interrupted earlier run of these tests left running under the same data directory
        launcher.run("stop-leftovers.log", STOP_TIMEOUT, "stop");
        // a fresh stack every run: no topics, read models or keys left from the last one
        launcher.deleteDataDirectory();
        LOG.log(System.Logger.Level.INFO, "starting the dev stack (data and logs in {0})", launcher.dataDirectory());
        Launcher.Result result = launcher.run("launcher.log", START_TIMEOUT, "run", "--detach", "--no-build");
        if (result.succeeded()) {
            return null;
        }
        // the launcher names the cause, e.g. "port 9092 (Kafka) is already in use by another process"
        return new IllegalStateException("the stack tests could not start the dev stack: ./concierge run --detach"
                + " --no-build failed (exit " + result.exitCode() + "). They need the dev stack's fixed ports free"
                + " (stop your own ./concierge run, or run them against it with -D" + StackMode.PROPERTY
                + "=running, or skip them with -D" + StackMode.PROPERTY + "=skip). Logs in "
                + launcher.dataDirectory().resolve("logs") + "; the launcher's output ends:\n" + result.outputTail());
    }

    /** Fails every stack test class with the same cause when the stack did not come up. */
    void requireUp() {
        if (startFailure != null) {
            throw startFailure;
        }
    }

    @Override
    public void close() {
        if (launcher == null || !stopped.compareAndSet(false, true)) {
            return;
        }
        Launcher.Result result = launcher.run("stop.log", STOP_TIMEOUT, "stop");
        if (!result.succeeded()) {
            LOG.log(System.Logger.Level.WARNING, "./concierge stop failed (exit {0}):\n{1}", result.exitCode(),
                    result.outputTail());
        }
    }

    private static boolean ingestApiAnswers() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(StackAddresses.INGEST_API + "/q/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
