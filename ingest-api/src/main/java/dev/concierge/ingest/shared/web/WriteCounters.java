package dev.concierge.ingest.shared.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code concierge.ingest.writes}: every write by endpoint, outcome and reason (the problem type slug),
 * so that a dashboard shows what is accepted and why the rest is refused, whichever route answered.
 */
@ApplicationScoped
public class WriteCounters {

    @Inject
    MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    /** {@code reason}: "none" for an accepted write, else the problem slug or {@code http-<status>}. */
    public void count(String endpoint, boolean accepted, String reason) {
        counter(endpoint, accepted, reason).increment();
    }

    /** The counter itself, for a caller that counts one combination often and holds it. */
    public Counter counter(String endpoint, boolean accepted, String reason) {
        String outcome = accepted ? "accepted" : "rejected";
        // built once per combination (endpoints and problem slugs are a fixed set): registering looks
        // the meter up by its tags, too dear for every write
        return counters.computeIfAbsent(endpoint + "|" + outcome + "|" + reason, ignored -> Counter.builder("concierge.ingest.writes")
                .description("Writes received, by endpoint, outcome and refusal reason")
                .tag("endpoint", endpoint)
                .tag("outcome", outcome)
                .tag("reason", reason)
                .register(meters));
    }
}
