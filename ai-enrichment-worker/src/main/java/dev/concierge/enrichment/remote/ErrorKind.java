package dev.concierge.enrichment.remote;

/** How a remote call failed, which decides whether it is worth trying again. */
public enum ErrorKind {
    /** Took longer than allowed: not retried, the request's budget would not allow it. */
    TIMEOUT,
    /** Unavailable, overloaded, a 5xx or a dropped connection: one more try may succeed. */
    TRANSIENT,
    /** Refused (a 4xx, bad credentials, an invalid request): trying again cannot help. */
    PERMANENT
}
