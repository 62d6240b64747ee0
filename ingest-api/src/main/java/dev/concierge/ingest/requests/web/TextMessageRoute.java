package dev.concierge.ingest.requests.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.concierge.ingest.auth.security.RememberedTokenParser;
import dev.concierge.ingest.auth.web.RevokedTokens;
import dev.concierge.ingest.requests.application.RequestWrites;
import dev.concierge.ingest.requests.application.RequestWrites.Accepted;
import dev.concierge.ingest.requests.web.RequestBodies.MessageBody;
import dev.concierge.ingest.shared.application.BoundedCache;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.EventStoreUnavailableException;
import dev.concierge.ingest.shared.application.OnceOnly;
import dev.concierge.ingest.shared.application.StrictUtf8;
import dev.concierge.ingest.shared.web.CurrentCaller;
import dev.concierge.ingest.shared.web.CustomMethodPaths;
import dev.concierge.ingest.shared.web.IdempotencyKeys;
import dev.concierge.ingest.shared.web.RequestBudgets;
import dev.concierge.ingest.shared.web.WriteCounters;
import dev.concierge.ingest.shared.web.problems.ProblemDetail;
import dev.concierge.ingest.shared.web.problems.ProblemResponses;
import dev.concierge.ingest.shared.web.problems.Problems;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The common chat message, answered on the event loop ahead of RESTEasy Reactive: text alone, from the
 * app, by a caller whose token was verified before and who may write on a request whose owner is held in
 * memory. It is what most of the write load is, and the general path spent twenty times the CPU of the
 * HTTP-to-Kafka work itself on it (security identity, the resource's handler chain, a worker thread held
 * through two round trips; {@code infra/bench} README, "The floor under ingest-single").
 *
 * <p>Here the message costs a share of one Redis round trip (the deny-list and both budgets, the same script
 * as {@code RateLimitFilter}, sent together with the requests that arrive meanwhile), the envelope and one
 * produce, and the 202 goes out from the broker's acknowledgement; no thread waits. With an
 * {@code Idempotency-Key} (the web chat sends one with every message) the key is first claimed and, once the
 * event is stored, its answer remembered, both through {@link OnceOnly} and {@link IdempotencyKeys} as
 * {@code IdempotencyFilter} does: the same binding to the caller, method, path and body, the same stored
 * answer. The event is the one {@link RequestsResource#postMessage} writes, and the write is counted under
 * that endpoint.
 *
 * <p>Everything else goes on unchanged ({@code next()}) to {@link RequestsResource#postMessage}, which
 * then answers as it always has, so its rules hold by construction for what is not taken here: a key
 * already held (its replay, the 422 for another body, the 409 while it runs), media, an unknown field, a
 * body that is not strict UTF-8 JSON, a token not verified yet, a request whose owner must be looked up,
 * another customer's request, a refusal by the deny-list or a budget (nothing is spent by a refusal, and a
 * claimed key is released first, so the general path asks again and answers 401 or 429 itself), and Redis
 * being away. The body read here is kept on the routing context, where the general path reads it.
 */
@ApplicationScoped
public class TextMessageRoute {

    static final String PATH = "/v1/requests/:id/messages";
    /**
     * Between Quarkus's CORS handler (order -300: a foreign origin is refused, an allowed one gets its
     * headers) and its authentication (-200, the security identity this route does without).
     */
    static final int ORDER = -250;
    /** Well above any text message's body (4,000 characters, JSON-escaped); larger ones go on. */
    static final int MAX_BODY = 32 * 1024;
    private static final String ENDPOINT = "RequestsResource.postMessage";
    private static final String CLEARED = TextMessageRoute.class.getName() + ".cleared";
    /** After the broker refused a write, sends wait on the general path's workers for this long. */
    private static final long BROKER_PAUSE_MILLIS = 5_000;
    private static final Logger LOG = Logger.getLogger(TextMessageRoute.class);

    @Inject
    RememberedTokenParser tokens;
    @Inject
    RevokedTokens revokedTokens;
    @Inject
    RequestWrites writes;
    @Inject
    RequestBudgets budgets;
    @Inject
    WriteCounters counters;
    @Inject
    ObjectMapper mapper;
    @Inject
    MeterRegistry meters;
    @Inject
    OnceOnly once;
    @Inject
    IdempotencyKeys keys;
    @ConfigProperty(name = "concierge.idempotency.replay-window")
    Duration replayWindow;
    @ConfigProperty(name = "concierge.requests.text-message-route.enabled")
    boolean enabled;
    @ConfigProperty(name = "concierge.auth.verified-tokens.capacity")
    int tokensCapacity;

    private final BodyHandler bodies = BodyHandler.create(false).setBodyLimit(MAX_BODY);
    /**
     * A send may block its thread while the producer has no metadata or no buffer (a broker away): then,
     * for a while, messages take the general path, whose waiting happens on workers, not event loops.
     */
    private volatile long directAgainAtMillis;
    private Counter taken;
    private Counter handedOn;
    private ObjectReader messageReader;
    private ObjectWriter acceptedWriter;
    private Counter acceptedWrites;
    /**
     * What a known token says, by its exact text, until it expires: who it is and its deny-list keys, so that
     * neither is worked out again for every message (the token's groups are a new set on each read).
     */
    private BoundedCache<String, Known> callers;

    void install(@Observes Router router) {
        if (!enabled) {
            return;
        }
        messageReader = mapper.readerFor(MessageBody.class);
        acceptedWriter = mapper.writerFor(Accepted.class);
        acceptedWrites = counters.counter(ENDPOINT, true, "none");
        callers = new BoundedCache<>(tokensCapacity, Clock.systemUTC());
        taken = routed("taken");
        handedOn = routed("handed-on");
        router.post(PATH).order(ORDER).handler(this::clear);
        router.post(PATH).order(ORDER + 1).handler(this::write);
    }

    /** Decides from the head alone; only a cleared request has its body read here. */
    private void clear(RoutingContext context) {
        Cleared cleared = System.currentTimeMillis() < directAgainAtMillis ? null
                : cleared(context.request().headers(), context.pathParam("id"));
        if (cleared == null) {
            handOn(context);
            return;
        }
        context.put(CLEARED, cleared);
        bodies.handle(context);
    }

    private Cleared cleared(MultiMap headers, String requestId) {
        List<String> idempotencyKey = headers.getAll(IdempotencyKeys.HEADER);
        if (idempotencyKey.size() > 1 || (idempotencyKey.size() == 1 && !IdempotencyKeys.isValid(idempotencyKey.get(0)))
                || headers.contains("Expect") || headers.contains("Transfer-Encoding")
                || !isJson(headers.getAll("Content-Type")) || !isSmall(headers.getAll("Content-Length"))) {
            return null;
        }
        List<String> authorization = headers.getAll("Authorization");
        if (authorization.size() != 1 || !authorization.get(0).startsWith("Bearer ")) {
            return null;
        }
        Known known = known(authorization.get(0).substring("Bearer ".length()));
        if (known == null || !writes.mayPostWithoutLookup(known.caller(), requestId)) {
            return null;
        }
        return new Cleared(known, requestId, idempotencyKey.isEmpty() ? null : idempotencyKey.get(0));
    }

    /** Only the exact text of a token verified earlier: anything else is verified by the general path. */
    private Known known(String token) {
        Known known = callers.get(token).orElse(null);
        if (known != null) {
            return known;
        }
        JsonWebToken verified = tokens.remembered(token).orElse(null);
        Caller caller = verified == null ? null : CurrentCaller.callerOf(verified).orElse(null);
        if (caller == null) {
            return null;
        }
        known = new Known(caller, revokedTokens.markersOf(verified));
        callers.put(token, known, Instant.ofEpochSecond(verified.getExpirationTime()));
        return known;
    }

    private void write(RoutingContext context) {
        Cleared cleared = context.get(CLEARED);
        if (cleared == null) {
            // handed on by clear(), already counted
            context.next();
            return;
        }
        byte[] body = context.body().buffer() == null ? new byte[0] : context.body().buffer().getBytes();
        String text = plainText(body);
        if (text == null) {
            handOn(context);
            return;
        }
        Write write = new Write(context, Vertx.currentContext(), cleared, text);
        if (cleared.idempotencyKey() == null) {
            spend(write);
            return;
        }
        String path = "/v1/requests/" + cleared.requestId() + "/messages";
        write.keyed(IdempotencyKeys.scoped(cleared.caller().id(), "POST", path, cleared.idempotencyKey()),
                keys.firstUse("POST", path, body));
        claim(write);
    }

    /** A key already held (its replay, a 422 for another body, a 409 while it runs) is the general path's to answer. */
    private void claim(Write write) {
        once.claimAsync(write.scopedKey, write.firstUse).whenComplete((held, failure) -> write.loop.runOnContext(ignored -> {
            if (failure != null || held.isPresent()) {
                handOn(write.context);
                return;
            }
            spend(write);
        }));
    }

    private void spend(Write write) {
        Cleared cleared = write.cleared;
        budgets.spendAsync(write.context.request().remoteAddress().hostAddress(), cleared.caller().id(),
                cleared.known().denyMarkers()).whenComplete((refusal, failure) -> write.loop.runOnContext(ignored -> {
                    if (failure != null || refusal.isPresent()) {
                        // nothing was spent: the general path asks again and answers 401, 429 or 503 itself
                        release(write).whenComplete((released, error) -> write.loop.runOnContext(again -> handOn(write.context)));
                        return;
                    }
                    taken.increment();
                    CompletionStage<Accepted> stored;
                    try {
                        stored = writes.postTextAsync(cleared.caller(), cleared.requestId(), write.text);
                    } catch (RuntimeException e) {
                        // an event that cannot even be built (a bug): answered as the general path answers one
                        stored = CompletableFuture.failedFuture(e);
                    }
                    stored.whenComplete((accepted, error) -> write.loop.runOnContext(again -> finish(write, accepted, error)));
                }));
    }

    /**
     * A keyed write's answer is remembered before it is sent, as the general path does, so a retry right
     * after it is replayed; a failed one frees its key for the retry.
     */
    private void finish(Write write, Accepted accepted, Throwable error) {
        if (write.scopedKey == null) {
            answer(write.context, accepted, error);
            return;
        }
        CompletionStage<Void> settled;
        try {
            settled = error != null ? release(write) : once.completeAsync(write.scopedKey,
                    keys.finished(write.firstUse, true, 202, MediaType.APPLICATION_JSON, accepted), replayWindow);
        } catch (JsonProcessingException e) {
            settled = release(write);
        }
        // the event is stored whatever Redis says now: a key it failed to remember lapses with its claim
        settled.whenComplete((done, failure) -> write.loop.runOnContext(ignored -> answer(write.context, accepted, error)));
    }

    private CompletionStage<Void> release(Write write) {
        return write.scopedKey == null ? CompletableFuture.completedFuture(null) : once.releaseAsync(write.scopedKey);
    }

    private void handOn(RoutingContext context) {
        handedOn.increment();
        context.next();
    }

    private Counter routed(String outcome) {
        return Counter.builder("concierge.ingest.text-message-route")
                .description("Chat messages written by the direct route (taken) or handed on to the general path")
                .tag("outcome", outcome)
                .register(meters);
    }

    /** The text of a body that is exactly a text message, else null. */
    private String plainText(byte[] body) {
        if (body.length == 0 || StrictUtf8.tryDecode(body, 0, body.length).isEmpty()) {
            return null;
        }
        try {
            MessageBody message = messageReader.readValue(body);
            boolean noMedia = message != null && (message.mediaIds() == null || message.mediaIds().isEmpty());
            return noMedia && RequestWrites.isPlainText(message.text()) ? message.text() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void answer(RoutingContext context, Accepted accepted, Throwable error) {
        if (context.response().closed() || context.response().ended()) {
            // the client went away meanwhile; what was written stays written (and its key remembered)
            return;
        }
        // as Quarkus's compression handler (order 0, after this route) marks answers not worth compressing:
        // a ~100-byte answer would only grow and cost CPU (see application.properties)
        context.response().putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
        try {
            if (error == null) {
                acceptedWrites.increment();
                context.response().setStatusCode(202).putHeader("Content-Type", "application/json")
                        .end(Buffer.buffer(acceptedWriter.writeValueAsBytes(accepted)));
                return;
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            String instance = CustomMethodPaths.contractPath(context.request().path());
            Problems.Problem problem = Problems.describe(cause, instance);
            if (problem == null) {
                LOG.error("unexpected failure on " + instance, cause);
                problem = new Problems.Problem(ProblemDetail.internal(500, instance), null, false);
            }
            if (cause instanceof EventStoreUnavailableException) {
                LOG.warnf("write refused, Kafka unavailable: %s", cause.getMessage());
                directAgainAtMillis = System.currentTimeMillis() + BROKER_PAUSE_MILLIS;
            }
            counters.count(ENDPOINT, false, problem.detail().slug());
            if (problem.retryAfter() != null) {
                context.response().putHeader("Retry-After", Long.toString(ProblemResponses.seconds(problem.retryAfter())));
            }
            context.response().setStatusCode(problem.detail().status()).putHeader("Content-Type", ProblemDetail.MEDIA_TYPE)
                    .end(Buffer.buffer(mapper.writeValueAsBytes(problem.detail())));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    private static boolean isJson(List<String> contentType) {
        if (contentType.size() != 1) {
            return false;
        }
        String type = contentType.get(0).toLowerCase(Locale.ROOT).replace(" ", "");
        return type.equals("application/json") || type.equals("application/json;charset=utf-8");
    }

    private static boolean isSmall(List<String> contentLength) {
        if (contentLength.size() != 1) {
            return false;
        }
        try {
            long length = Long.parseLong(contentLength.get(0).trim());
            return length > 0 && length <= MAX_BODY;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Who a verified token is, and the deny-list keys that would revoke it. */
    private record Known(Caller caller, List<String> denyMarkers) {
    }

    /** What {@link #clear} learnt from the head, for {@link #write}. */
    private record Cleared(Known known, String requestId, String idempotencyKey) {

        Caller caller() {
            return known.caller();
        }
    }

    /** One message on its way through the steps above, all of which run on {@code loop}. */
    private static final class Write {

        final RoutingContext context;
        final Context loop;
        final Cleared cleared;
        final String text;
        String scopedKey;
        String firstUse;

        Write(RoutingContext context, Context loop, Cleared cleared, String text) {
            this.context = context;
            this.loop = loop;
            this.cleared = cleared;
            this.text = text;
        }

        void keyed(String scopedKey, String firstUse) {
            this.scopedKey = scopedKey;
            this.firstUse = firstUse;
        }
    }
}
