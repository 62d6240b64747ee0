package dev.concierge.ingest.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.ingest.shared.web.problems.HttpStatusProblems;
import dev.concierge.ingest.shared.web.problems.ProblemDetail;
import io.netty.handler.codec.DecoderException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Answers problem+json for failures the HTTP router decides before (or instead of) an endpoint:
 * a request line or header section over our limits ({@link RequestHeadLimits}: 414, 431), a path
 * that does not decode ({@code %zz}), an unknown path, a chunked body over the size limit.
 * Endpoint failures never get here: the JAX-RS exception mappers answer those.
 * <p>
 * Quarkus's HTTP entry answers a request target that {@code java.net.URI} rejects (e.g. {@code %zz})
 * with an empty 400 before any router runs, unless the JVM starts with
 * {@code -Dvertx.disableURIValidation=true} (the Dockerfile and the tests set it; it must be set at
 * launch, before the HTTP server class is initialised). With it set, the same check is made here,
 * answered with a body.
 */
@ApplicationScoped
public class RouterProblems {

    private static final Logger LOG = Logger.getLogger(RouterProblems.class);

    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "concierge.http.max-request-line")
    int maxRequestLine;
    @ConfigProperty(name = "concierge.http.max-header-section")
    int maxHeaderSection;
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        RequestHeadLimits limits = new RequestHeadLimits(maxRequestLine, maxHeaderSection);
        router.route().order(Integer.MIN_VALUE).handler(context -> requireAcceptableHead(context, limits));
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        for (int status = 400; status < 600; status++) {
            // the router's own answer when no route matched or no failure handler answered
            router.errorHandler(status, this::unhandled);
        }
    }

    /**
     * A request line or header section over our limits is refused first. The connection is left to
     * the HTTP server (it skips an unread body), so a client still sending gets the answer.
     */
    private void requireAcceptableHead(RoutingContext context, RequestHeadLimits limits) {
        OptionalInt refusal = limits.refusal(context.request());
        if (refusal.isEmpty()) {
            requireDecodablePath(context);
            return;
        }
        int status = refusal.getAsInt();
        LOG.debugf("HTTP %d: request head over our limits", status);
        send(context, HttpStatusProblems.headTooLarge(status, status == 414 ? maxRequestLine : maxHeaderSection,
                safePath(context)));
    }

    /**
     * A request target that is not a valid URI, or whose %-escapes are not two hex digits decoding
     * to UTF-8, is a 400 problem, answered before anything reads the path.
     */
    private void requireDecodablePath(RoutingContext context) {
        if (PercentEncoding.isValidUri(context.request().uri()) && PercentEncoding.isValid(context.request().path())) {
            context.next();
        } else {
            answer(context, 400);
        }
    }

    private void failed(RoutingContext context) {
        if (context.response().headWritten() || context.response().ended()) {
            // someone already answered (e.g. the body reader's bare 413); nothing left to say
            LOG.debugf("failure after the answer on %s: %s", context.request().path(), context.failure());
            return;
        }
        int status = statusOf(context);
        if (status >= 500) {
            LOG.error("unexpected failure on " + context.request().path(), context.failure());
        } else {
            LOG.debugf("HTTP %d on %s before any endpoint", status, context.request().path());
        }
        answer(context, status);
    }

    /**
     * The router reports a failure without a status as 200 or -1; a body the HTTP decoder could not
     * read is the client's 400, never a 200 or 500. (A malformed chunk size also makes the HTTP server
     * close the connection, so that one gets no answer at all.) An upload the body reader aborted
     * is one that went over the limit: when the overflow arrives with the last bytes of a file part,
     * Vert.x's body handler fails while cancelling the finished part (it logs "File handle is
     * closed") and the request fails only with the part's "Streaming aborted", without its 413. A
     * client that aborts its own upload is the only other cause, and it is gone before any answer.
     */
    private static int statusOf(RoutingContext context) {
        Throwable failure = context.failure();
        if (isAbortedUpload(context, failure)) {
            return 413;
        }
        if (context.statusCode() >= 400) {
            return context.statusCode();
        }
        if (failure instanceof HttpException http) {
            return http.getStatusCode();
        }
        return failure instanceof DecoderException || failure instanceof NumberFormatException ? 400 : 500;
    }

    private static boolean isAbortedUpload(RoutingContext context, Throwable failure) {
        String type = context.request().getHeader("Content-Type");
        if (type == null || !type.toLowerCase().startsWith("multipart/")) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if ("Streaming aborted".equals(cause.getMessage()) || "File handle is closed".equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private void unhandled(RoutingContext context) {
        answer(context, context.statusCode() > 0 ? context.statusCode() : 404);
    }

    private void answer(RoutingContext context, int status) {
        if (context.response().headWritten() || context.response().ended() || context.response().closed()) {
            return;
        }
        send(context, status == 413 ? HttpStatusProblems.bodyTooLarge(maxBodySize.asLongValue(), safePath(context))
                : HttpStatusProblems.of(status, safePath(context)));
    }

    private void send(RoutingContext context, ProblemDetail problem) {
        int status = problem.status();
        try {
            context.response().setStatusCode(status)
                    .putHeader("Content-Type", ProblemDetail.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(status).end();
        }
    }

    /** The raw path: a path that does not decode is the reason we are here, so it is not decoded again. */
    private static String safePath(RoutingContext context) {
        String path = context.request().path();
        return path == null || path.length() > 200 ? null : path;
    }
}
