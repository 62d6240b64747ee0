package dev.concierge.ingest.shared.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The contract names two collection-wide operations in the "custom method" style,
 * {@code /v1/requests:bulk} and {@code /v1/events:batch}. The JAX-RS router matches literal
 * prefixes per segment and cannot tell {@code requests:bulk} from {@code requests}, so these two
 * paths are mapped to their resource paths before routing.
 */
public class CustomMethodPaths {

    public static final String BULK_PATH = "/v1/bulk/requests";
    public static final String BATCH_PATH = "/v1/batch/events";
    private static final Map<String, String> ROUTES = Map.of(
            "/v1/requests:bulk", BULK_PATH,
            "/v1/events:batch", BATCH_PATH);

    /** The path a client sent for an internal one: answers name {@code /v1/events:batch}, never the route behind it. */
    public static String contractPath(String path) {
        return ROUTES.entrySet().stream().filter(route -> route.getValue().equals(path)).map(Map.Entry::getKey)
                .findFirst().orElse(path);
    }

    @ServerRequestFilter(preMatching = true)
    public void route(ContainerRequestContext request) {
        String target = ROUTES.get(request.getUriInfo().getPath());
        if (target != null) {
            request.setRequestUri(UriBuilder.fromUri(request.getUriInfo().getRequestUri()).replacePath(target).build());
        }
    }
}
