package dev.concierge.projections.rebuild.application;

import dev.concierge.projections.rebuild.application.TopicReplays.Replay;
import dev.concierge.projections.rebuild.domain.RebuildProgress;
import java.time.Duration;

/**
 * One rebuild: fill a fresh generation from offset zero, switch every reader and writer to it, then
 * catch up on what the live consumers wrote to the old generation meanwhile, and drop the old one.
 * Until the switch a failure changes nothing a reader sees: the fresh database is dropped and the
 * old generation stays current.
 */
final class RebuildRun implements Runnable {

    private static final System.Logger LOG = System.getLogger(RebuildRun.class.getName());

    private final Generations generations;
    private final TopicReplays replays;
    private final RebuildProgress progress;
    private final Duration settle;

    RebuildRun(Generations generations, TopicReplays replays, RebuildProgress progress, Duration settle) {
        this.generations = generations;
        this.replays = replays;
        this.progress = progress;
        this.settle = settle;
    }

    @Override
    public void run() {
        long previous = progress.generation() - 1;
        long next = progress.generation();
        boolean switched = false;
        try {
            generations.prepare(next);
            try (Replay replay = replays.open(next, progress)) {
                // everything up to the end offsets of the start
                replay.readToEnd();
                generations.switchTo(next, progress.rebuildId());
                switched = true;
                progress.switched();
                // other instances follow the persisted pointer within this time; until then they may still write
                // to the old generation, so the catch-up's end offsets are taken after it
                Thread.sleep(settle.toMillis());
                // what the live consumers applied to the old generation between the first end offsets and the switch
                replay.readToEnd();
            }
            // no rollback copy is kept: the old generation missed every record since the switch, so it is no
            // way back; going back is another rebuild (after deploying the older code, if that is the reason)
            generations.drop(previous);
            progress.finished();
            LOG.log(System.Logger.Level.INFO, "rebuild {0} switched to generation {1}: {2}", progress.rebuildId(), next,
                    progress.report());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(next, switched, new IllegalStateException("interrupted (the service is stopping)", e));
        } catch (RuntimeException e) {
            fail(next, switched, e);
        }
    }

    private void fail(long next, boolean switched, RuntimeException cause) {
        if (switched) {
            // reads and writes are on the new generation already; it lacks at most what the catch-up did not
            // read, which another rebuild repairs. The old generation is kept for an operator to look at.
            progress.failed("switched to generation " + next + " but the catch-up failed, rebuild again: "
                    + reason(cause));
        } else {
            progress.failed(reason(cause));
            dropQuietly(next);
        }
        LOG.log(System.Logger.Level.ERROR, "rebuild " + progress.rebuildId() + " failed: " + progress.report().failure(),
                cause);
    }

    private static String reason(RuntimeException cause) {
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    private void dropQuietly(long generation) {
        try {
            generations.drop(generation);
        } catch (RuntimeException e) {
            // the next rebuild empties this generation before it fills it, so a leftover does no harm
            LOG.log(System.Logger.Level.WARNING, "could not drop the unfinished generation " + generation + ": " + e);
        }
    }
}
