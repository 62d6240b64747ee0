package dev.concierge.bench.harness;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * A one-line bar redrawn in place ({@code \r}) while a phase runs: how far the phase is and the figure it
 * has so far, so a run that goes wrong shows it before its end.
 */
public final class ProgressBar implements AutoCloseable {

    static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final DoubleSupplier fraction;
    private final Supplier<String> status;
    private final Thread ticker;

    private ProgressBar(PrintStream out, String label, DoubleSupplier fraction, Supplier<String> status) {
        this.out = out;
        this.label = label;
        this.fraction = fraction;
        this.status = status;
        this.ticker = new Thread(this::tick, "progress-" + label);
        this.ticker.setDaemon(true);
    }

    /** Starts redrawing every half second until closed. {@code length} is the phase's planned duration. */
    public static ProgressBar start(PrintStream out, String label, Duration length, Supplier<String> status) {
        long startNanos = System.nanoTime();
        return start(out, label, () -> length.isZero() ? 1 : (System.nanoTime() - startNanos) / (double) length.toNanos(),
                status);
    }

    /** Starts redrawing every half second until closed; {@code fraction} says how far the phase is (0..1). */
    public static ProgressBar start(PrintStream out, String label, DoubleSupplier fraction, Supplier<String> status) {
        ProgressBar bar = new ProgressBar(out, label, fraction, status);
        bar.ticker.start();
        return bar;
    }

    /** The line for a phase {@code fraction} done (clamped to 0..1). */
    public static String render(String label, double fraction, String status) {
        double done = Math.max(0, Math.min(1, fraction));
        int filled = (int) Math.round(done * WIDTH);
        return String.format("%-22s [%s%s] %3d%%  %s", label, "#".repeat(filled), ".".repeat(WIDTH - filled),
                Math.round(done * 100), status);
    }

    private void tick() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                draw(Math.min(fraction.getAsDouble(), 0.99));
                Thread.sleep(500);
            }
        } catch (InterruptedException closed) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void draw(double fraction) {
        out.print("\r" + render(label, fraction, status.get()) + "   ");
        out.flush();
    }

    @Override
    public void close() {
        ticker.interrupt();
        try {
            ticker.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        draw(1);
        out.println();
    }
}
