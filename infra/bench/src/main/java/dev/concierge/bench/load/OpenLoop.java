package dev.concierge.bench.load;

import dev.concierge.bench.harness.ProgressBar;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open-loop load for latency: calls go out on a fixed schedule ({@code perSecond}) whatever the answers,
 * over a pool of keep-alive HTTP/1.1 connections (Vert.x's non-blocking client on one event loop). Each
 * call's latency counts from the moment the schedule said it was due, not from when it left: a call that
 * waited for a free connection behind a slow one is as late as the user it stands for would see it (no
 * coordinated omission).
 */
public final class OpenLoop implements AutoCloseable {

    /** Told of every answered call, on the generator's event loop, with the instant (nanoTime) it was due. */
    public interface Answers {

        void answered(long sequence, long dueNanos, int status, byte[] body, long answeredNanos);
    }

    private final Vertx vertx = Connections.oneEventLoop();
    private final HttpClient client;
    private final PrintStream out;
    private final Duration callTimeout;

    /** Touched on the event loop only, except the atomics the progress bar and the caller read. */
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong finished = new AtomicLong();
    private final Tally tally = new Tally();

    /** {@code callTimeout}: how long one call may take before it counts as a transport error. */
    public OpenLoop(String host, int port, int connections, Duration callTimeout, PrintStream out) {
        this.out = out;
        this.callTimeout = callTimeout;
        this.client = Connections.keepAlive(vertx, host, port, connections);
    }

    /** The instant the {@code index}-th call of a schedule that started at {@code startNanos} is due. */
    public static long dueNanos(long startNanos, long index, double perSecond) {
        return startNanos + Math.round(index * 1e9 / perSecond);
    }

    /** How many calls a schedule of {@code perSecond} for {@code length} sends. */
    public static long callsIn(double perSecond, Duration length) {
        return Math.round(perSecond * length.toNanos() / 1e9);
    }

    /**
     * Sends {@code perSecond} calls a second for {@code length}, then waits until every call has been answered
     * or has timed out. The outcome's latencies are from each call's due time to its answer.
     */
    public Outcome run(String label, Workload workload, double perSecond, Duration length, Answers answers)
            throws InterruptedException {
        long total = callsIn(perSecond, length);
        CountDownLatch done = new CountDownLatch(1);
        Promise<Void> allAnswered = Promise.promise();
        allAnswered.future().onComplete(all -> done.countDown());
        long startNanos = System.nanoTime();
        vertx.runOnContext(start -> {
            reset();
            // a 1 ms tick sends every call that has come due since the last one: the schedule holds even
            // when a tick is late (a busy machine), the late calls go out at once and count as late
            long timer = vertx.setPeriodic(1, tick -> {
                long now = System.nanoTime();
                while (sent.get() < total && dueNanos(startNanos, sent.get(), perSecond) <= now) {
                    long sequence = sent.getAndIncrement();
                    send(workload, sequence, dueNanos(startNanos, sequence, perSecond), answers, total, allAnswered);
                }
                if (sent.get() == total) {
                    vertx.cancelTimer(tick);
                }
            });
            if (total == 0) {
                vertx.cancelTimer(timer);
                allAnswered.complete();
            }
        });
        try (ProgressBar bar = ProgressBar.start(out, label, () -> finished.get() / (double) Math.max(1, total),
                () -> String.format("%d sent, %d answered of %d", sent.get(), finished.get(), total))) {
            done.await(length.toMillis() + callTimeout.toMillis() + 10_000, TimeUnit.MILLISECONDS);
        }
        return snapshot((System.nanoTime() - startNanos) / 1e9);
    }

    private void send(Workload workload, long sequence, long due, Answers answers, long total, Promise<Void> allAnswered) {
        Call call = workload.next(sequence);
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setURI(call.uri())
                .setTimeout(callTimeout.toMillis());
        call.headers().forEach(options::putHeader);
        client.request(options)
                .compose(request -> request.send(Buffer.buffer(call.body())))
                .compose(response -> response.body().map(body -> {
                    long answeredNanos = System.nanoTime();
                    tally.answered(response.statusCode(), workload.accepted(response.statusCode(), body.getBytes()),
                            answeredNanos - due);
                    answers.answered(sequence, due, response.statusCode(), body.getBytes(), answeredNanos);
                    return null;
                }))
                .onFailure(tally::failed)
                .onComplete(answered -> {
                    if (finished.incrementAndGet() == total) {
                        allAnswered.complete();
                    }
                });
    }

    /** A fresh run: nothing sent, nothing counted (on the event loop, before the first tick). */
    private void reset() {
        sent.set(0);
        finished.set(0);
        tally.clear();
    }

    private Outcome snapshot(double seconds) throws InterruptedException {
        Outcome[] taken = new Outcome[1];
        CountDownLatch copied = new CountDownLatch(1);
        vertx.runOnContext(now -> {
            taken[0] = tally.outcome(seconds, Double.NaN);
            copied.countDown();
        });
        copied.await();
        return taken[0];
    }

    @Override
    public void close() {
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
