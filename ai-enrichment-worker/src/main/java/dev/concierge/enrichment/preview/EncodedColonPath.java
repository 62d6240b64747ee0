package dev.concierge.enrichment.preview;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Routes {@code /v1/enrich%3Apreview} like {@code /v1/enrich:preview}: some HTTP clients
 * percent-encode the colon of a "custom method" path (RestAssured does), which means the same
 * (RFC 3986), but the REST router matches the raw path and would answer 404.
 */
public class EncodedColonPath {

    @ServerRequestFilter(preMatching = true)
    public void route(ContainerRequestContext request) {
        if (PreviewResource.PATH.equals(request.getUriInfo().getPath())
                && !PreviewResource.PATH.equals(request.getUriInfo().getRequestUri().getRawPath())) {
            request.setRequestUri(UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                    .replacePath(PreviewResource.PATH).build());
        }
    }
}
