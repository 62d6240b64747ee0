package dev.concierge.bench.load;

import java.util.Map;

/** One HTTP request the load generator sends: a POST of {@code body} to {@code uri} with {@code headers}. */
public record Call(String uri, Map<String, String> headers, byte[] body) {
}
