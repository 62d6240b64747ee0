package dev.concierge.ingest.shared.web.problems;

/**
 * Problems for failures decided by HTTP itself rather than by an endpoint: unknown path, method,
 * media types, limits. Shared by the JAX-RS mappers and the router-level handler, so a 404 looks
 * the same whichever layer answers it.
 */
public final class HttpStatusProblems {

    private HttpStatusProblems() {
    }

    public static ProblemDetail of(int status, String instance) {
        return switch (status) {
            case 400 -> ProblemDetail.of("bad-request", "Bad request", 400,
                    "the request is not well-formed HTTP (for example an invalid %-escape in the path)", instance);
            case 401 -> ProblemDetail.of("unauthenticated", "Authentication required", 401,
                    "a valid bearer token is required", instance);
            case 403 -> ProblemDetail.of("forbidden", "Not allowed", 403, "you may not call this endpoint", instance);
            case 404 -> ProblemDetail.of("not-found", "Not found", 404, "there is no endpoint at this path", instance);
            case 405 -> ProblemDetail.of("method-not-allowed", "Method not allowed", 405,
                    "this endpoint does not accept this HTTP method", instance);
            case 406 -> ProblemDetail.of("not-acceptable", "Not acceptable", 406,
                    "this endpoint answers application/json (errors: application/problem+json); "
                            + "the Accept header allows neither", instance);
            case 413 -> ProblemDetail.of("payload-too-large", "The body is too large", 413,
                    "the body is over the limit of 11 MB (images: 10 MB)", instance);
            case 414 -> ProblemDetail.of("uri-too-long", "URI too long", 414, "the request line is too long", instance);
            case 415 -> ProblemDetail.of("unsupported-content", "Unsupported content", 415,
                    "this endpoint does not read the Content-Type sent; JSON endpoints read application/json", instance);
            case 431 -> ProblemDetail.of("headers-too-large", "Request headers too large", 431,
                    "the request headers are too large", instance);
            case 503 -> ProblemDetail.of("unavailable", "Temporarily unavailable", 503,
                    "the service is temporarily unavailable; retry shortly", instance);
            default -> status >= 500
                    ? ProblemDetail.internal(status, instance)
                    : ProblemDetail.of("http-" + status, "Request refused", status,
                            "the request was refused with HTTP status " + status, instance);
        };
    }

    /** 414 or 431 for a request line or header section over our limit, naming the limit. */
    public static ProblemDetail headTooLarge(int status, int limit, String instance) {
        ProblemDetail problem = of(status, instance);
        String what = status == 414 ? "the request line (method, path with query, HTTP version)" : "the request headers";
        return new ProblemDetail(problem.type(), problem.title(), status,
                what + " may be at most " + limit + " bytes", instance, problem.errors());
    }

    /** 413 for a body over the limit, naming it; a chunked body has no length to tell. */
    public static ProblemDetail bodyTooLarge(long limit, String instance) {
        return ProblemDetail.of("payload-too-large", "The body is too large", 413,
                "the body is over the limit of " + limit + " bytes (images: 10 MB)", instance);
    }
}
