package dev.concierge.ingest.shared.web;

import dev.concierge.ingest.shared.web.problems.ProblemDetail;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Counts every write by endpoint, outcome and reason ({@code concierge.ingest.writes}), so that a
 * dashboard shows what is accepted and why the rest is refused (the problem type slug).
 */
public class WriteMetricsFilter {

    @Inject
    MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response, SimpleResourceInfo resource) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return;
        }
        boolean accepted = response.getStatus() < 300;
        String reason = accepted ? "none"
                : response.getEntity() instanceof ProblemDetail problem ? problem.slug() : "http-" + response.getStatus();
        String endpoint = resource == null || resource.getResourceClass() == null ? "unmatched"
                : resource.getResourceClass().getSimpleName() + "." + resource.getMethodName();
        String outcome = accepted ? "accepted" : "rejected";
        // built once per combination (endpoints and problem slugs are a fixed set): registering looks
        // the meter up by its tags, too dear for every write
        counters.computeIfAbsent(endpoint + "|" + outcome + "|" + reason, ignored -> Counter.builder("concierge.ingest.writes")
                .description("Writes received, by endpoint, outcome and refusal reason")
                .tag("endpoint", endpoint)
                .tag("outcome", outcome)
                .tag("reason", reason)
                .register(meters))
                .increment();
    }
}
