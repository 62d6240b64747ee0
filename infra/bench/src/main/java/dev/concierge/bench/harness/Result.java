package dev.concierge.bench.harness;

/**
 * One benchmark's figure next to its baseline, measured in the same run on the same broker. The ratio is
 * ours over the baseline for rates; {@code goal} is the smallest ratio the issue asks for.
 */
public record Result(String name, double ours, double baseline, String unit, double ratio, double goal) {

    public static Result of(String name, double ours, double baseline, String unit, double goal) {
        double ratio = baseline > 0 ? ours / baseline : 0;
        return new Result(name, ours, baseline, unit, ratio, goal);
    }

    public boolean meetsGoal() {
        return ratio >= goal;
    }
}
