package dev.concierge.enrichment.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body whose declared Content-Length is over the HTTP limit with 413 problem+json before
 * it is read; without this the HTTP server answers with an empty 413. (A chunked body over the limit
 * still gets the server's bare 413: previews come from tools that send a length.)
 */
@ApplicationScoped
public class OversizedBodyGuard {

    private final ObjectMapper mapper;
    private final MemorySize maxBodySize;

    OversizedBodyGuard(ObjectMapper mapper, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.mapper = mapper;
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (!isOver(context.request().getHeader("Content-Length"))) {
            context.next();
            return;
        }
        Problem problem = Problem.of("payload-too-large", "The body is too large", 413, "the body has "
                + context.request().getHeader("Content-Length") + " bytes; the limit is " + maxBodySize.asLongValue()
                + " bytes", context.request().path()).naming("body");
        try {
            context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close").end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    private boolean isOver(String declared) {
        try {
            return declared != null && Long.parseLong(declared.trim()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
