package dev.concierge.bench.kafka;

import dev.concierge.bench.harness.ProgressBar;
import dev.concierge.bench.kafka.ToolOutput.ConsumerFigures;
import dev.concierge.bench.kafka.ToolOutput.EndToEndFigures;
import dev.concierge.bench.kafka.ToolOutput.ProducerFigures;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** Kafka's own perf tools against the broker the stack runs on, each in a child JVM. */
public final class Baselines {

    private final String bootstrap;
    private final PrintStream out;

    public Baselines(String bootstrap, PrintStream out) {
        this.bootstrap = bootstrap;
        this.out = out;
    }

    /** {@code ProducerPerformance} at full speed ({@code --throughput -1}), idempotent like our producers. */
    public ProducerFigures producerPerformance(String label, String topic, long records, int recordSize, String acks,
            Duration expected) throws IOException, InterruptedException {
        ChildJvm tool = new ChildJvm();
        List<String> args = List.of("--topic", topic, "--num-records", Long.toString(records),
                "--record-size", Integer.toString(recordSize), "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + bootstrap, "acks=" + acks, "enable.idempotence=true");
        List<String> lines;
        try (ProgressBar bar = ProgressBar.start(out, label, expected, () -> abbreviate(tool.lastLine()))) {
            lines = tool.run("org.apache.kafka.tools.ProducerPerformance", args, 600);
        }
        return ToolOutput.producer(lines);
    }

    /** {@code ConsumerPerformance}: a fresh group reads {@code messages} records of {@code topic} from the start. */
    public ConsumerFigures consumerPerformance(String label, String topic, long messages, String group, Duration expected)
            throws IOException, InterruptedException {
        ChildJvm tool = new ChildJvm();
        List<String> args = List.of("--bootstrap-server", bootstrap, "--topic", topic,
                "--messages", Long.toString(messages), "--group", group, "--timeout", "60000");
        List<String> lines;
        try (ProgressBar bar = ProgressBar.start(out, label, expected, () -> abbreviate(tool.lastLine()))) {
            lines = tool.run("org.apache.kafka.tools.ConsumerPerformance", args, 600);
        }
        return ToolOutput.consumer(lines);
    }

    /**
     * {@code EndToEndLatency}: {@code records} records of {@code recordSize} bytes sent one at a time with
     * {@code acks}, each consumed back before the next is sent (the tool creates the topic, one partition,
     * when it is missing).
     */
    public EndToEndFigures endToEndLatency(String label, String topic, long records, int recordSize, String acks,
            Duration expected) throws IOException, InterruptedException {
        ChildJvm tool = new ChildJvm();
        List<String> args = List.of(bootstrap, topic, Long.toString(records), acks, Integer.toString(recordSize));
        List<String> lines;
        try (ProgressBar bar = ProgressBar.start(out, label, expected, () -> abbreviate(tool.lastLine()))) {
            lines = tool.run("org.apache.kafka.tools.EndToEndLatency", args, 600);
        }
        return ToolOutput.endToEnd(lines);
    }

    private static String abbreviate(String line) {
        return line.length() > 70 ? line.substring(0, 70) + "…" : line;
    }
}
