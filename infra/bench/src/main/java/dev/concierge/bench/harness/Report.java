package dev.concierge.bench.harness;

import java.io.PrintStream;
import java.util.List;

/** The run's table on the terminal: figure, baseline, ratio and goal of every benchmark that ran. */
public final class Report {

    private Report() {
    }

    public static void print(PrintStream out, List<Result> results) {
        out.println();
        out.printf("%-16s %14s %14s %-10s %8s %8s  %s%n", "benchmark", "ours", "baseline", "unit", "ratio", "goal", "");
        for (Result r : results) {
            out.println(line(r));
        }
    }

    public static String line(Result r) {
        return String.format("%-16s %14.1f %14.1f %-10s %8.3f %8.2f  %s", r.name(), r.ours(), r.baseline(), r.unit(),
                r.ratio(), r.goal(), r.meetsGoal() ? "meets the goal" : "short of the goal");
    }
}
