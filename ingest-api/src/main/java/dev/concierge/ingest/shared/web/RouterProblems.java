package dev.concierge.ingest.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.ingest.shared.web.problems.HttpStatusProblems;
import dev.concierge.ingest.shared.web.problems.ProblemDetail;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Answers problem+json for failures the HTTP router decides before (or instead of) an endpoint:
 * a path that does not decode ({@code %zz}), an unknown path, a chunked body over the size limit.
 * Endpoint failures never get here: the JAX-RS exception mappers answer those.
 * (431 and 414 are answered by the HTTP codec before any router runs; see the README.)
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

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::requireDecodablePath);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        for (int status = 400; status < 600; status++) {
            // the router's own answer when no route matched or no failure handler answered
            router.errorHandler(status, this::unhandled);
        }
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
        int status = context.statusCode() > 0 ? context.statusCode()
                : context.failure() instanceof HttpException http ? http.getStatusCode() : 500;
        if (status >= 500) {
            LOG.error("unexpected failure on " + context.request().path(), context.failure());
        } else {
            LOG.debugf("HTTP %d on %s before any endpoint", status, context.request().path());
        }
        answer(context, status);
    }

    private void unhandled(RoutingContext context) {
        answer(context, context.statusCode() > 0 ? context.statusCode() : 404);
    }

    private void answer(RoutingContext context, int status) {
        if (context.response().headWritten() || context.response().ended() || context.response().closed()) {
            return;
        }
        ProblemDetail problem = HttpStatusProblems.of(status, safePath(context));
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
