package dev.concierge.bench.kafka;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the figures out of what Kafka's perf tools print (their output format is their only API). */
public final class ToolOutput {

    /** ProducerPerformance's last line: {@code 300000 records sent, 61234.5 records/sec (35.04 MB/sec), … 50th, …}. */
    private static final Pattern PRODUCER_TOTAL = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency.*50th.*");

    /** EndToEndLatency's last two lines: {@code Avg latency: 1.2345 ms} and {@code Percentiles: 50th = 1, 99th = 3, 99.9th = 8}. */
    private static final Pattern END_TO_END_AVERAGE = Pattern.compile("Avg latency: ([\\d.]+) ms");
    private static final Pattern END_TO_END_PERCENTILES = Pattern.compile(
            "Percentiles: 50th = (\\d+), 99th = (\\d+), 99\\.9th = (\\d+)");

    private ToolOutput() {
    }

    /** What ProducerPerformance measured: records per second and the average send latency. */
    public record ProducerFigures(long records, double recordsPerSecond, double averageLatencyMs) {
    }

    /** What ConsumerPerformance measured: overall (with the group join) and fetch-only records per second. */
    public record ConsumerFigures(long records, double recordsPerSecond, double fetchRecordsPerSecond) {
    }

    /** What EndToEndLatency measured: produce-to-consume latency of records sent one at a time, in whole ms. */
    public record EndToEndFigures(double averageMs, long p50Ms, long p99Ms, long p999Ms) {
    }

    public static EndToEndFigures endToEnd(List<String> lines) {
        Double average = null;
        for (String line : lines) {
            Matcher averageLine = END_TO_END_AVERAGE.matcher(line.trim());
            if (averageLine.matches()) {
                average = Double.parseDouble(averageLine.group(1));
            }
            Matcher percentiles = END_TO_END_PERCENTILES.matcher(line.trim());
            if (percentiles.matches() && average != null) {
                return new EndToEndFigures(average, Long.parseLong(percentiles.group(1)),
                        Long.parseLong(percentiles.group(2)), Long.parseLong(percentiles.group(3)));
            }
        }
        throw new IllegalStateException("EndToEndLatency printed no percentiles: " + tail(lines));
    }

    public static ProducerFigures producer(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher total = PRODUCER_TOTAL.matcher(lines.get(i).trim());
            if (total.matches()) {
                return new ProducerFigures(Long.parseLong(total.group(1)), Double.parseDouble(total.group(2)),
                        Double.parseDouble(total.group(4)));
            }
        }
        throw new IllegalStateException("ProducerPerformance printed no total line: " + tail(lines));
    }

    /**
     * ConsumerPerformance prints a header ({@code start.time, end.time, data.consumed.in.MB, MB.sec,
     * data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec}) and
     * one line of values under it; the columns are found by name.
     */
    public static ConsumerFigures consumer(List<String> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).contains("nMsg.sec")) {
                List<String> header = split(lines.get(i));
                List<String> values = split(lines.get(i + 1));
                return new ConsumerFigures(
                        (long) Double.parseDouble(values.get(header.indexOf("data.consumed.in.nMsg"))),
                        Double.parseDouble(values.get(header.indexOf("nMsg.sec"))),
                        Double.parseDouble(values.get(header.indexOf("fetch.nMsg.sec"))));
            }
        }
        throw new IllegalStateException("ConsumerPerformance printed no figures: " + tail(lines));
    }

    private static List<String> split(String line) {
        return List.of(line.trim().split("\\s*,\\s*"));
    }

    private static String tail(List<String> lines) {
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }
}
