package dev.concierge.ingest.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.ingest.shared.web.problems.ProblemDetail;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body whose declared Content-Length is over the HTTP limit with 413 problem+json,
 * before it is read. Without this the HTTP server answers such requests with an empty 413.
 * A chunked body (no Content-Length) is read here, up to the limit, by a body handler whose
 * overflow is a router failure (answered as problem+json by {@link RouterProblems}); the endpoint
 * then reads the buffered body. A chunked multipart upload is read the same way, its file parts
 * streamed to the uploads directory (so memory stays bounded), and the endpoint's form reader takes
 * the parts already read. Without this the upload reader answers an overflow with an empty 413 and
 * fails the request with a closed connection.
 */
@ApplicationScoped
public class OversizedBodyGuard {

    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;
    @ConfigProperty(name = "quarkus.http.body.uploads-directory")
    String uploadsDirectory;

    private BodyHandler chunkedBodies;
    private BodyHandler chunkedUploads;

    void install(@Observes Router router) {
        chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
        chunkedUploads = BodyHandler.create(uploadsDirectory).setBodyLimit(maxBodySize.asLongValue())
                .setDeleteUploadedFilesOnEnd(true);
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader("Content-Length");
        if (declared == null && isChunked(context)) {
            (isMultipart(context) ? chunkedUploads : chunkedBodies).handle(context);
            return;
        }
        if (declared == null || !isOver(declared)) {
            context.next();
            return;
        }
        ProblemDetail problem = ProblemDetail.of("payload-too-large", "The body is too large", 413,
                "the body has " + declared + " bytes; the limit is " + maxBodySize.asLongValue()
                        + " bytes (images: 10 MB)", context.request().path());
        try {
            context.response().setStatusCode(413)
                    .putHeader("Content-Type", ProblemDetail.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    private static boolean isChunked(RoutingContext context) {
        String encoding = context.request().getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase().contains("chunked");
    }

    private static boolean isMultipart(RoutingContext context) {
        String type = context.request().getHeader("Content-Type");
        return type != null && type.toLowerCase().startsWith("multipart/");
    }

    private boolean isOver(String declared) {
        try {
            return Long.parseLong(declared.trim()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
