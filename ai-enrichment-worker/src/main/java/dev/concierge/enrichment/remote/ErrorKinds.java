package dev.concierge.enrichment.remote;

import java.util.Optional;
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

    /** {@code error} or one of its causes, when it is a {@code type}: clients wrap what the network said. */
    static <T extends Throwable> Optional<T> cause(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
