package dev.concierge.bench.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Stack services frozen with SIGSTOP for a measured window and thawed with SIGCONT on {@link #close()}. A frozen
 * JVM keeps its sockets, state and memory and spends no CPU, so it neither competes for the cores nor needs a
 * restart; its Kafka consumers may be dropped from their groups while frozen and rejoin once thawed (the caller
 * waits for that, see {@code kafka.GroupsSettled}).
 */
public final class PausedServices implements AutoCloseable {

    private final List<Long> pids;
    private final List<String> names;
    private final PrintStream out;
    private boolean resumed;

    private PausedServices(List<String> names, List<Long> pids, PrintStream out) {
        this.names = names;
        this.pids = pids;
        this.out = out;
    }

    /** Freezes those of {@code names} that run (a service without a live pid is left out and said so). */
    public static PausedServices pause(StackProcesses processes, List<String> names, PrintStream out)
            throws IOException, InterruptedException {
        List<String> paused = new ArrayList<>();
        List<Long> pids = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String name : names) {
            OptionalLong pid = processes.pid(name);
            if (pid.isEmpty()) {
                absent.add(name);
                continue;
            }
            signal(pid.getAsLong(), "STOP");
            paused.add(name);
            pids.add(pid.getAsLong());
        }
        out.printf("  paused (SIGSTOP) for the measured window and the baseline: %s%s%n",
                paused.isEmpty() ? "nothing" : String.join(", ", paused),
                absent.isEmpty() ? "" : "; not running, so not paused: " + String.join(", ", absent));
        return new PausedServices(paused, pids, out);
    }

    public List<String> names() {
        return names;
    }

    /** Thaws every paused service (once; a process gone meanwhile is only reported). */
    @Override
    public void close() throws IOException, InterruptedException {
        if (resumed) {
            return;
        }
        resumed = true;
        for (int i = 0; i < pids.size(); i++) {
            try {
                signal(pids.get(i), "CONT");
            } catch (IllegalStateException gone) {
                out.printf("  %s could not be resumed: %s%n", names.get(i), gone.getMessage());
            }
        }
        if (!names.isEmpty()) {
            out.printf("  resumed (SIGCONT): %s%n", String.join(", ", names));
        }
    }

    /** {@code kill -SIG pid}: the JDK sends only SIGTERM and SIGKILL itself. */
    static void signal(long pid, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start();
        String said = new String(kill.getInputStream().readAllBytes()).trim();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " failed: " + said);
        }
    }
}
