package dev.concierge.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's one-minute load average ({@code /proc/loadavg}), printed beside figures measured on a machine
 * shared with other work: a figure taken at load 30 on two cores says more about the machine than about us.
 */
public final class MachineLoad {

    private MachineLoad() {
    }

    /** The one-minute load average; NaN where the file cannot be read. */
    public static double oneMinute() {
        try {
            return parse(Files.readString(Path.of("/proc/loadavg")));
        } catch (IOException | RuntimeException unreadable) {
            return Double.NaN;
        }
    }

    static double parse(String loadavg) {
        return Double.parseDouble(loadavg.trim().split("\\s+")[0]);
    }
}
