package dev.concierge.stacktests.stack;

import dev.concierge.stacktests.Directories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The repository's {@code ./concierge} launcher, run with this module's own data directory
 * ({@code CONCIERGE_DATA_DIR}), so the stack it starts keeps its pid files, data and logs under
 * {@code target/} and never touches the developer's {@code .data/}.
 */
final class Launcher {

    /**
     * Variables that would move the stack off its fixed addresses, share state with another stack, or
     * change what the tests rely on (the dev admin password, the simulated gateway, every service).
     * Inside {@code ./concierge test} the first three name the module-test broker and Redis.
     */
    private static final List<String> OVERRIDES_TO_DROP = List.of(
            "KAFKA_BOOTSTRAP_SERVERS", "REDIS_URL", "MONGODB_URI",
            "KAFKA_PORT", "KAFKA_CONTROLLER_PORT", "REDIS_PORT", "MONGO_PORT", "DEV_OUTBOX_PORT", "DEV_OUTBOX_SMTP_PORT",
            "DEV_OUTBOX_URL", "PUBLIC_BASE_URL",
            "KAFKA_DATA_DIR", "REDIS_DATA_DIR", "MONGO_DATA_DIR", "CONCIERGE_STATE_DIR", "JWT_KEY_DIR",
            "CONCIERGE_SERVICES", "QUARKUS_PROFILE", "CONCIERGE_ADMIN_PASSWORD", "RAZORPAY_KEY_ID", "RAZORPAY_KEY_SECRET");

    private final Path root;
    private final Path dataDirectory;

    Launcher(Path root, Path dataDirectory) {
        this.root = root;
        this.dataDirectory = dataDirectory;
    }

    /** The launcher of the repository this module sits in, with {@code <module>/target/dev-stack} as its data. */
    static Launcher forThisModule() {
        Path module = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path directory = module; directory != null; directory = directory.getParent()) {
            if (Files.isExecutable(directory.resolve("concierge")) && Files.isDirectory(directory.resolve("infra/bin"))) {
                return new Launcher(directory, module.resolve("target").resolve("dev-stack"));
            }
        }
        throw new IllegalStateException("no ./concierge launcher above " + module);
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** Deletes the data directory; only while nothing of this launcher's stack runs. */
    void deleteDataDirectory() {
        Directories.deleteRecursively(dataDirectory);
    }

    /** Runs {@code ./concierge <arguments>}; output goes to {@code <data>/<logName>}. */
    Result run(String logName, Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("concierge").toString());
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(dataDirectory);
            Path log = dataDirectory.resolve(logName);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    // a file, not a pipe: the stack's detached processes may keep it open after the launcher exits
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            Map<String, String> environment = builder.environment();
            OVERRIDES_TO_DROP.forEach(environment::remove);
            environment.put("CONCIERGE_DATA_DIR", dataDirectory.toString());
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                process.waitFor(10, TimeUnit.SECONDS);
                return new Result(-1, "./concierge " + String.join(" ", arguments) + " did not finish within "
                        + timeout + "\n" + tail(log));
            }
            return new Result(process.exitValue(), tail(log));
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    record Result(int exitCode, String outputTail) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }
}
