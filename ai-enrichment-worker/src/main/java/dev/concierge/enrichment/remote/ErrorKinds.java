package dev.concierge.enrichment.remote;

import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** Each adapter knows its client's exceptions: which are timeouts, which are transient, and how to say what went wrong. */
public interface ErrorKinds {

    /** The adapter's classification; the fault-tolerance timeout is always {@link ErrorKind#TIMEOUT}. */
    default ErrorKind of(Throwable error) {
        return error instanceof TimeoutException ? ErrorKind.TIMEOUT : classify(error);
    }

    ErrorKind classify(Throwable error);

    /** A short reason for a failure that is not a timeout, e.g. "UNAVAILABLE: connection refused". */
    String describe(Throwable error);
}
