package dev.concierge.ingest.shared.web;

import io.vertx.core.http.HttpServerRequest;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Our limits on the request line (method, target, version) and the header section, checked by
 * {@link RouterProblems} before anything else so that the refusal is a 414/431 problem+json.
 * <p>
 * The HTTP/1 codec's own limits ({@code quarkus.http.limits.max-initial-line-length},
 * {@code …max-header-size}) are set well above these: the codec answers with an empty body and
 * Quarkus offers no hook to change that (quarkusio/quarkus#55082), so it only stays the hard cap
 * that bounds the memory a connection can hold (beyond it: a bare 414/431 and the connection closed).
 */
public record RequestHeadLimits(int maxRequestLine, int maxHeaderSection) {

    /** 414 or 431 when the request is over a limit, else empty. */
    public OptionalInt refusal(HttpServerRequest request) {
        if (requestLineLength(request) > maxRequestLine) {
            return OptionalInt.of(414);
        }
        if (headerSectionLength(request) > maxHeaderSection) {
            return OptionalInt.of(431);
        }
        return OptionalInt.empty();
    }

    /** {@code METHOD SP target SP HTTP/1.1}, as sent. */
    static int requestLineLength(HttpServerRequest request) {
        return request.method().name().length() + 1 + request.uri().length() + 1 + "HTTP/1.1".length();
    }

    /** Every {@code name: value CRLF} line, as sent. */
    static int headerSectionLength(HttpServerRequest request) {
        int length = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            length += header.getKey().length() + 2 + header.getValue().length() + 2;
        }
        return length;
    }
}
