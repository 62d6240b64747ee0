package dev.concierge.ingest.shared.web;

import dev.concierge.ingest.shared.application.UnsupportedContentException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body without a Content-Type is refused (415) instead of being guessed to be JSON: what a
 * client meant to send is never inferred from the bytes.
 */
public class ContentTypeRequired {

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        if (hasBody(request) && isBlank(request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
            throw new UnsupportedContentException("the request has a body but no Content-Type; send "
                    + "Content-Type: application/json (or the type the endpoint documents)");
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        if (request.getHeaderString("Transfer-Encoding") != null) {
            return true;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length != null && !length.isBlank() && !"0".equals(length.trim());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
