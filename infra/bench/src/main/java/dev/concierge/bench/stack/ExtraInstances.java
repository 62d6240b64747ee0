package dev.concierge.bench.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * More instances of a service beside the dev stack's own: the same jar, in this process's environment (which
 * {@code ./concierge bench} fills with the services' own: broker, Redis, MongoDB, keys), on another HTTP port and
 * with whatever else an instance must not share (a Kafka Streams state directory). Closing stops them all.
 */
public final class ExtraInstances implements AutoCloseable {

    /** One started instance; its pid file lets the harness read its CPU time. */
    public record Instance(String service, int port, Process process, Path pidFile) {
    }

    private final Path root;
    private final Path workDir;
    private final List<Instance> started = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** {@code root}: the checkout whose service jars are run; {@code workDir}: their logs, pid files and state. */
    public ExtraInstances(Path root, Path workDir) {
        this.root = root;
        this.workDir = workDir;
    }

    /** From {@code ./concierge bench}'s environment: {@code CONCIERGE_ROOT} and the stack's {@code DATA_DIR}. */
    public static ExtraInstances fromEnvironment() throws IOException {
        String root = System.getenv("CONCIERGE_ROOT");
        String dataDir = System.getenv("DATA_DIR");
        if (root == null || dataDir == null) {
            throw new IllegalStateException("extra instances need CONCIERGE_ROOT and DATA_DIR (run through ./concierge bench)");
        }
        Path work = Path.of(dataDir, "bench-instances");
        Files.createDirectories(work);
        return new ExtraInstances(Path.of(root), work);
    }

    /** Starts {@code service} on {@code port} with {@code environment} added, and waits until its health is UP. */
    public Instance start(String service, int port, Map<String, String> environment, Duration limit) throws Exception {
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(service + " has no " + jar + " (build it first)");
        }
        String name = service + "-" + port;
        List<String> command = new ArrayList<>(List.of("java", "-Xmx384m"));
        if (service.equals("ingest-api")) {
            // as ./concierge starts it: bad %-escapes reach ingest-api's own problem+json answer
            command.add("-Dvertx.disableURIValidation=true");
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.resolve(service).toFile())
                .redirectErrorStream(true).redirectOutput(workDir.resolve(name + ".log").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        Process process = builder.start();
        Path pidFile = workDir.resolve(name + ".pid");
        Files.writeString(pidFile, String.valueOf(process.pid()));
        Instance instance = new Instance(service, port, process, pidFile);
        started.add(instance);
        awaitHealthy(instance, limit);
        return instance;
    }

    /** Stops the last-started instance of {@code service}: the group of the others rebalances without it. */
    public void stopLast(String service) throws InterruptedException {
        for (int i = started.size() - 1; i >= 0; i--) {
            if (started.get(i).service().equals(service)) {
                stop(started.remove(i));
                return;
            }
        }
    }

    public Path workDir() {
        return workDir;
    }

    private void awaitHealthy(Instance instance, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + "/q/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!instance.process().isAlive()) {
                throw new IllegalStateException(instance.service() + " on port " + instance.port() + " stopped during "
                        + "start-up; see " + workDir.resolve(instance.service() + "-" + instance.port() + ".log"));
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().replace(" ", "").contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(instance.service() + " on port " + instance.port() + " is not healthy after "
                + limit.toSeconds() + " s");
    }

    private static void stop(Instance instance) throws InterruptedException {
        instance.process().destroy();
        if (!instance.process().waitFor(30, TimeUnit.SECONDS)) {
            instance.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (int i = started.size() - 1; i >= 0; i--) {
            stop(started.get(i));
        }
        started.clear();
    }
}
