package dev.concierge.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * PNG charts of a run, next to its JSON: one per benchmark (ours beside the baseline, in its unit) and
 * one of every ratio beside its goal.
 */
public final class Charts {

    static {
        // no display on a build machine: draw off-screen
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    public static List<Path> write(Path dir, String stamp, List<Result> results) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Result result : results) {
            written.add(save(figureChart(result), dir.resolve(stamp + "-" + result.name() + ".png")));
        }
        if (!results.isEmpty()) {
            written.add(save(ratioChart(results), dir.resolve(stamp + "-ratios.png")));
        }
        return written;
    }

    static CategoryChart figureChart(Result result) {
        CategoryChart chart = new CategoryChartBuilder().width(640).height(420)
                .title(result.name() + String.format(": ratio %.3f (goal %.2f)", result.ratio(), result.goal()))
                .yAxisTitle(result.unit()).build();
        chart.getStyler().setLegendVisible(false);
        chart.addSeries(result.unit(), List.of("Concierge", "Kafka baseline"), List.of(result.ours(), result.baseline()));
        return chart;
    }

    static CategoryChart ratioChart(List<Result> results) {
        CategoryChart chart = new CategoryChartBuilder().width(720).height(420)
                .title("ours / baseline, same broker, same run").yAxisTitle("ratio").build();
        List<String> names = results.stream().map(Result::name).toList();
        chart.addSeries("measured", names, results.stream().map(Result::ratio).toList());
        chart.addSeries("goal", names, results.stream().map(Result::goal).toList());
        return chart;
    }

    private static Path save(CategoryChart chart, Path file) throws IOException {
        // XChart appends the extension itself
        String withoutExtension = file.toString().replaceFirst("\\.png$", "");
        BitmapEncoder.saveBitmap(chart, withoutExtension, BitmapFormat.PNG);
        return file;
    }
}
