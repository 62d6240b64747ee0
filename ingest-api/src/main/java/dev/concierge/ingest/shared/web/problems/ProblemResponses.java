package dev.concierge.ingest.shared.web.problems;

import jakarta.ws.rs.core.Response;
import java.time.Duration;

/** Builds problem+json responses so every mapper sets the same headers the same way. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemDetail problem) {
        return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
    }

    public static Response retryAfter(ProblemDetail problem, Duration retryAfter) {
        return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).entity(problem)
                .header("Retry-After", seconds(retryAfter)).build();
    }

    /** Retry-After in whole seconds, rounded up, at least 1. */
    public static long seconds(Duration retryAfter) {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
