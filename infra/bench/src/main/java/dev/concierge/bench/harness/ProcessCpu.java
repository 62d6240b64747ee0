package dev.concierge.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/** A process's CPU time so far (user + system), from {@code /proc/<pid>/stat}; empty where there is none. */
public final class ProcessCpu {

    /** Linux reports CPU time in clock ticks of USER_HZ, 100 per second on every mainstream kernel. */
    private static final double TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    public static OptionalDouble seconds(String pidFile) {
        try {
            if (pidFile == null || pidFile.isBlank() || !Files.exists(Path.of(pidFile))) {
                return OptionalDouble.empty();
            }
            String pid = Files.readString(Path.of(pidFile)).trim();
            return OptionalDouble.of(fromStat(Files.readString(Path.of("/proc", pid, "stat"))));
        } catch (IOException | RuntimeException gone) {
            return OptionalDouble.empty();
        }
    }

    /** utime and stime are fields 14 and 15; the command name (field 2) may hold spaces, so count after its ')'. */
    public static double fromStat(String stat) {
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(after[11]) + Long.parseLong(after[12])) / TICKS_PER_SECOND;
    }
}
