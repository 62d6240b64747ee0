package dev.concierge.bench.load;

import dev.concierge.bench.harness.ProcessCpu;
import dev.concierge.bench.harness.ProgressBar;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load for throughput: {@code inFlight} requests outstanding at all times over a pool of
 * keep-alive HTTP/1.1 connections (Vert.x's non-blocking client on one event loop, so the generator
 * takes at most one core from the machine it shares with the services). Each answer sends the next
 * call. A warm-up window runs first and is not counted.
 */
public final class ClosedLoop implements AutoCloseable {

    private final Vertx vertx = Connections.oneEventLoop();
    /** One pool per instance of the service under load; calls go to them in turn. */
    private final List<HttpClient> clients;
    private final PrintStream out;
    private final Duration callTimeout;

    /** Everything below is touched on the event loop only, except the atomics the progress bar reads. */
    private final AtomicLong calls = new AtomicLong();
    private final Tally tally = new Tally();
    private volatile boolean measuring;
    private volatile boolean stopped;
    private long sequence;
    private WindowWatch watch = WindowWatch.NONE;

    /** {@code callTimeout}: how long one call may take before it counts as a transport error. */
    public ClosedLoop(String host, int port, int connections, Duration callTimeout, PrintStream out) {
        this(host, List.of(port), connections, callTimeout, out);
    }

    /** Round robin over several instances on {@code ports}, {@code connections} spread evenly over them. */
    public ClosedLoop(String host, List<Integer> ports, int connections, Duration callTimeout, PrintStream out) {
        this.out = out;
        this.callTimeout = callTimeout;
        this.clients = ports.stream()
                .map(port -> Connections.keepAlive(vertx, host, port, Math.max(1, connections / ports.size())))
                .toList();
    }

    /** {@code watch} is told when each measured window starts and ends. */
    public ClosedLoop watching(WindowWatch watch) {
        this.watch = watch;
        return this;
    }

    /**
     * Warms up, then measures for {@code measure}. {@code serverPidFile} names the service under load: its CPU
     * time in the measured window goes into the outcome (NaN where it cannot be read).
     */
    public Outcome run(String label, Workload workload, int inFlight, Duration warmup, Duration measure,
            String serverPidFile) throws InterruptedException {
        stopped = false;
        CountDownLatch drained = new CountDownLatch(inFlight);
        vertx.runOnContext(start -> {
            for (int i = 0; i < inFlight; i++) {
                send(workload, drained);
            }
        });
        try (ProgressBar bar = ProgressBar.start(out, label + " warm-up", warmup, () -> calls.get() + " calls")) {
            Thread.sleep(warmup.toMillis());
        }
        reset();
        watch.started();
        OptionalDouble cpuBefore = ProcessCpu.seconds(serverPidFile);
        long startNanos = System.nanoTime();
        try (ProgressBar bar = ProgressBar.start(out, label, measure, () -> String.format("%.0f accepted/s, %d calls",
                tally.accepted() / Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9), calls.get()))) {
            Thread.sleep(measure.toMillis());
            // a window that saw no answer measured nothing (a machine busy enough to stall the event loop): it
            // stays open until the first answer, for at most the calls' own timeout
            long giveUp = System.nanoTime() + callTimeout.toNanos();
            while (calls.get() == 0 && System.nanoTime() < giveUp) {
                Thread.sleep(50);
            }
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        OptionalDouble cpuAfter = ProcessCpu.seconds(serverPidFile);
        watch.ended();
        double serverCpu = cpuBefore.isPresent() && cpuAfter.isPresent()
                ? cpuAfter.getAsDouble() - cpuBefore.getAsDouble() : Double.NaN;
        Outcome outcome = snapshot(seconds, serverCpu);
        stopped = true;
        // let the calls still outstanding finish, so the next phase starts on a quiet service
        drained.await(30, TimeUnit.SECONDS);
        return outcome;
    }

    private void send(Workload workload, CountDownLatch drained) {
        if (stopped) {
            drained.countDown();
            return;
        }
        HttpClient client = clients.get((int) (sequence % clients.size()));
        Call call = workload.next(sequence++);
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setURI(call.uri())
                .setTimeout(callTimeout.toMillis());
        call.headers().forEach(options::putHeader);
        long sentAt = System.nanoTime();
        client.request(options)
                .compose(request -> request.send(Buffer.buffer(call.body())))
                .compose(response -> response.body().map(body -> {
                    record(response.statusCode(), workload.accepted(response.statusCode(), body.getBytes()), sentAt);
                    return null;
                }))
                .onFailure(this::failed)
                .onComplete(done -> send(workload, drained));
    }

    private void failed(Throwable error) {
        if (measuring) {
            tally.failed(error);
        }
    }

    private void record(int status, long units, long sentAt) {
        if (!measuring) {
            calls.incrementAndGet();
            return;
        }
        calls.incrementAndGet();
        tally.answered(status, units, System.nanoTime() - sentAt);
    }

    /** Starts the measured window (on the event loop, so no answer is half counted). */
    private void reset() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        vertx.runOnContext(now -> {
            calls.set(0);
            tally.clear();
            measuring = true;
            done.countDown();
        });
        done.await();
    }

    private Outcome snapshot(double seconds, double serverCpu) throws InterruptedException {
        Outcome[] taken = new Outcome[1];
        CountDownLatch done = new CountDownLatch(1);
        vertx.runOnContext(now -> {
            measuring = false;
            taken[0] = tally.outcome(seconds, serverCpu);
            done.countDown();
        });
        done.await();
        return taken[0];
    }

    @Override
    public void close() {
        clients.forEach(HttpClient::close);
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
