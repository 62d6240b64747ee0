package dev.concierge.bench.stack;

import dev.concierge.bench.harness.ProcessCpu;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The stack's processes by name, from the pid files {@code ./concierge} keeps in its data directory: the
 * services' and the dev outbox's in {@code run/<name>.pid}, the broker's and the stores' in {@code kafka/},
 * {@code redis/} and {@code mongo/}, extra benchmark instances' in {@code bench-instances/}.
 */
public final class StackProcesses {

    private final Path dataDir;

    public StackProcesses(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** The stack's data directory ({@code DATA_DIR}, set by ./concierge bench); no processes without it. */
    public static StackProcesses fromEnvironment() {
        String dataDir = System.getenv("DATA_DIR");
        return new StackProcesses(dataDir == null || dataDir.isBlank() ? null : Path.of(dataDir));
    }

    /** A service's pid file, {@code <data dir>/run/<name>.pid}. */
    public Path pidFile(String name) {
        return dataDir == null ? Path.of("/nonexistent", name + ".pid") : dataDir.resolve("run").resolve(name + ".pid");
    }

    /** The pid of the named process while it runs; empty when there is no pid file or no such process. */
    public OptionalLong pid(String name) {
        try {
            Path file = pidFile(name);
            if (!Files.exists(file)) {
                return OptionalLong.empty();
            }
            long pid = Long.parseLong(Files.readString(file).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() ? OptionalLong.of(pid) : OptionalLong.empty();
        } catch (IOException | NumberFormatException unreadable) {
            return OptionalLong.empty();
        }
    }

    /** CPU seconds so far of every process with a pid file, by name: two readings around a window say who worked. */
    public Map<String, Double> cpuSeconds() {
        Map<String, Double> seconds = new TreeMap<>();
        if (dataDir == null || !Files.isDirectory(dataDir)) {
            return seconds;
        }
        try (Stream<Path> files = Files.find(dataDir, 2, (f, attributes) -> f.getFileName().toString().endsWith(".pid"))) {
            files.forEach(f -> ProcessCpu.seconds(f.toString())
                    .ifPresent(s -> seconds.put(f.getFileName().toString().replaceFirst("\\.pid$", ""), s)));
        } catch (IOException unreadable) {
            return seconds;
        }
        return seconds;
    }

    /**
     * CPU seconds so far of the named process's threads, summed by thread name with its digits dropped (so
     * {@code vert.x-eventloop-thread-0} and {@code -1} count as one kind), from {@code /proc/<pid>/task/}.
     */
    public Map<String, Double> threadCpuSeconds(String name) {
        Map<String, Double> seconds = new TreeMap<>();
        OptionalLong pid = pid(name);
        if (pid.isEmpty()) {
            return seconds;
        }
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid.getAsLong()), "task"))) {
            tasks.forEach(task -> {
                try {
                    String thread = Files.readString(task.resolve("comm")).trim().replaceAll("[0-9]+", "#");
                    double cpu = ProcessCpu.fromStat(Files.readString(task.resolve("stat")));
                    seconds.merge(thread, cpu, Double::sum);
                } catch (IOException | RuntimeException ended) {
                    // a thread that ended between the listing and the reading spent nothing more
                }
            });
        } catch (IOException gone) {
            return seconds;
        }
        return seconds;
    }

    /** "name 0.93 cores, …", busiest first: each process's CPU between two readings over {@code seconds} of wall time. */
    public static String coresBetween(Map<String, Double> before, Map<String, Double> after, double seconds) {
        return after.entrySet().stream()
                .filter(e -> before.containsKey(e.getKey()))
                .map(e -> Map.entry(e.getKey(), (e.getValue() - before.get(e.getKey())) / seconds))
                .filter(e -> e.getValue() >= 0.005)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(12)
                .map(e -> String.format("%s %.2f", e.getKey(), e.getValue()))
                .reduce((a, b) -> a + ", " + b).orElse("(no pid files)");
    }
}
