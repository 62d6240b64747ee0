package dev.concierge.requests.streams;

import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.jboss.logging.Logger;

/**
 * The streams client's uncaught exception handler: a stream thread that dies is replaced, within a
 * {@link ThreadReplacementBudget}. Kafka Streams' default (SHUTDOWN_CLIENT) turned one stall longer
 * than {@code transaction.timeout.ms} (a GC pause, a frozen VM: the broker aborts the open transaction
 * and the commit fails with InvalidTxnStateException) into a client in ERROR for good. Under
 * exactly-once a new thread is safe: the dead thread's transaction is aborted, its tasks' state is
 * restored from the changelogs and processing resumes from the committed offsets, so nothing is lost
 * or doubled. A failure that keeps coming back is not cured by new threads: past the budget the client
 * shuts down, health goes DOWN and the supervisor restarts the process.
 *
 * <p>Still shut down at once, without spending the budget: a failure of the global thread (Kafka
 * Streams cannot replace it) and a missing source topic (Kafka Streams does not replace the thread for
 * it, and no new thread makes the topic exist).
 */
public final class ReplaceFailedThreads implements StreamsUncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(ReplaceFailedThreads.class);
    /** Kafka Streams names the global thread {@code <client id>-GlobalStreamThread} and calls us on it. */
    private static final String GLOBAL_THREAD_SUFFIX = "-GlobalStreamThread";

    private final ThreadReplacementBudget budget;
    private final Runnable onReplaced;

    /** @param onReplaced called once per replacement granted (the replacement counter) */
    public ReplaceFailedThreads(ThreadReplacementBudget budget, Runnable onReplaced) {
        this.budget = budget;
        this.onReplaced = onReplaced;
    }

    @Override
    public StreamThreadExceptionResponse handle(Throwable exception) {
        String thread = Thread.currentThread().getName();
        if (thread.endsWith(GLOBAL_THREAD_SUFFIX)) {
            LOG.errorf(exception, "global thread %s failed (%s); it cannot be replaced: shutting the streams client down",
                    thread, rootCause(exception));
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        if (causedBy(exception, MissingSourceTopicException.class)) {
            LOG.errorf(exception, "a source topic is missing (%s): shutting the streams client down", rootCause(exception));
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        if (budget.tryReplace()) {
            onReplaced.run();
            LOG.warnf(exception, "stream thread %s failed (%s); replacing it, replacement %d of at most %d within %s",
                    thread, rootCause(exception), budget.used(), budget.max(), budget.window());
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        }
        LOG.errorf(exception, "stream thread %s failed (%s) after %d thread replacements within %s: shutting the "
                + "streams client down for a restart", thread, rootCause(exception), budget.used(), budget.window());
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause, e.g. "InvalidTxnStateException: The producer attempted ..." under a StreamsException. */
    private static String rootCause(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
