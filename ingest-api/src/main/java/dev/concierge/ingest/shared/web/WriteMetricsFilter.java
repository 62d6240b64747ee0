package dev.concierge.ingest.shared.web;

import dev.concierge.ingest.shared.web.problems.ProblemDetail;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Counts every write by endpoint, outcome and reason ({@code concierge.ingest.writes}), so that a
 * dashboard shows what is accepted and why the rest is refused (the problem type slug).
 */
public class WriteMetricsFilter {

    @Inject
    MeterRegistry meters;

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
        Counter.builder("concierge.ingest.writes")
                .description("Writes received, by endpoint, outcome and refusal reason")
                .tag("endpoint", endpoint)
                .tag("outcome", accepted ? "accepted" : "rejected")
                .tag("reason", reason)
                .register(meters)
                .increment();
    }
}
