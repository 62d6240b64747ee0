package dev.concierge.bench.kafka;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Kafka tool's {@code main} in a JVM of its own, on this JVM's classpath (which holds kafka-tools): its
 * {@code Exit.exit} and its stdout stay out of the harness, and its heap and GC are its own, as when an
 * operator runs the tool.
 */
public final class ChildJvm {

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private volatile String lastLine = "";

    /** Runs {@code mainClass args} and returns everything it printed; fails when it exits non-zero or overruns. */
    public List<String> run(String mainClass, List<String> args, long timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command(mainClass, args)).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> read(process), "child-" + mainClass);
        reader.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(mainClass + " did not finish within " + timeoutSeconds + " s");
        }
        reader.join();
        if (process.exitValue() != 0) {
            throw new IllegalStateException(mainClass + " exited with " + process.exitValue() + ": "
                    + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
        }
        return List.copyOf(lines);
    }

    /** {@code java mainClass args} on this JVM's runtime and classpath, with a heap of its own. */
    static List<String> command(String mainClass, List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + "/bin/java", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        return command;
    }

    /** The tool's latest line, for the progress bar. */
    public String lastLine() {
        return lastLine;
    }

    private void read(Process process) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                lastLine = line;
            }
        } catch (IOException e) {
            lines.add("(output lost: " + e.getMessage() + ")");
        }
    }
}
