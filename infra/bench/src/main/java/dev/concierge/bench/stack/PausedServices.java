package dev.concierge.bench.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Stack services frozen with SIGSTOP for a measured window and thawed with SIGCONT on {@link #close()}. A frozen
 * JVM keeps its sockets, state and memory and spends no CPU. But a Kafka consumer frozen past its session
 * timeout (45 s) is dropped from its group, and on the dev stack that killed a SmallRye channel for good (its
 * rebalance listener's commit failed on resume: projections-service's {@code chat-messages} group stayed
 * empty). So the freeze comes in slices shorter than the session timeout, each followed by a short thaw in
 * which the consumers' heartbeats go out: the services are frozen for all but a few percent of the time and
 * never leave their groups.
 */
public final class PausedServices implements AutoCloseable {

    /** Well under the consumers' 45 s session timeout, which counts from their last heartbeat (every 3 s). */
    public static final Duration FREEZE = Duration.ofSeconds(25);
    /** Long enough for an overdue heartbeat to go out as soon as the JVM runs again. */
    public static final Duration THAW = Duration.ofMillis(1500);

    private final List<String> names;
    private final List<Long> pids;
    private final PrintStream out;
    private final Duration freeze;
    private final Duration thaw;
    private final Thread cycle;
    private volatile boolean resumed;

    private PausedServices(List<String> names, List<Long> pids, PrintStream out, Duration freeze, Duration thaw) {
        this.names = names;
        this.pids = pids;
        this.out = out;
        this.freeze = freeze;
        this.thaw = thaw;
        this.cycle = new Thread(this::cycle, "paused-services");
        this.cycle.setDaemon(true);
    }

    /** Freezes those of {@code names} that run (a service without a live pid is left out and said so). */
    public static PausedServices pause(StackProcesses processes, List<String> names, PrintStream out)
            throws IOException, InterruptedException {
        return pause(processes, names, out, FREEZE, THAW);
    }

    static PausedServices pause(StackProcesses processes, List<String> names, PrintStream out, Duration freeze,
            Duration thaw) throws IOException, InterruptedException {
        List<String> paused = new ArrayList<>();
        List<Long> pids = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String name : names) {
            OptionalLong pid = processes.pid(name);
            if (pid.isEmpty()) {
                absent.add(name);
            } else {
                paused.add(name);
                pids.add(pid.getAsLong());
            }
        }
        PausedServices services = new PausedServices(paused, pids, out, freeze, thaw);
        services.signalAll("STOP");
        services.cycle.start();
        out.printf("  paused (SIGSTOP, %d s frozen / %.1f s thawed for their heartbeats) for the measured window and the"
                        + " baseline: %s%s%n", freeze.toSeconds(), thaw.toMillis() / 1000.0,
                paused.isEmpty() ? "nothing" : String.join(", ", paused),
                absent.isEmpty() ? "" : "; not running, so not paused: " + String.join(", ", absent));
        return services;
    }

    public List<String> names() {
        return names;
    }

    /** Thaws every paused service for good (once; a process gone meanwhile is only reported). */
    @Override
    public void close() throws IOException, InterruptedException {
        if (resumed) {
            return;
        }
        resumed = true;
        cycle.interrupt();
        cycle.join();
        signalAll("CONT");
        if (!names.isEmpty()) {
            out.printf("  resumed (SIGCONT): %s%n", String.join(", ", names));
        }
    }

    private void cycle() {
        try {
            while (!resumed) {
                Thread.sleep(freeze.toMillis());
                signalAll("CONT");
                Thread.sleep(thaw.toMillis());
                if (!resumed) {
                    signalAll("STOP");
                }
            }
        } catch (InterruptedException closing) {
            // close() thaws them for good
        } catch (IOException e) {
            out.printf("  pausing the services failed: %s%n", e);
        }
    }

    private synchronized void signalAll(String signal) throws IOException, InterruptedException {
        for (int i = 0; i < pids.size(); i++) {
            try {
                signal(pids.get(i), signal);
            } catch (IllegalStateException gone) {
                out.printf("  %s could not be sent SIG%s: %s%n", names.get(i), signal, gone.getMessage());
            }
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
