package dev.concierge.ingest.shared.web;

import dev.concierge.ingest.shared.web.problems.ProblemDetail;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/** Counts every write answered by an endpoint ({@link WriteCounters}). */
public class WriteMetricsFilter {

    @Inject
    WriteCounters counters;

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
        counters.count(endpoint, accepted, reason);
    }
}
