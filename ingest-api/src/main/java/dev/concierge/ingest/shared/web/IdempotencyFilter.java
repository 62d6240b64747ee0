package dev.concierge.ingest.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.ingest.auth.application.SecretHasher;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.OnceOnly;
import dev.concierge.ingest.shared.web.problems.ProblemDetail;
import dev.concierge.ingest.shared.web.problems.ProblemResponses;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Idempotency-Key} on any write: the same key from the same caller for the same request
 * (method, path and body) replays the first successful answer for the replay window, without a
 * second event. A key is bound to the caller (the user when signed in, otherwise the peer address)
 * and to a keyed hash of the request, so it never replays an answer to a different request: the
 * same key with a different body is a 422. Answers that carry credentials are never stored, and
 * {@link NeverReplayed} endpoints always run again.
 */
public class IdempotencyFilter {

    public static final String HEADER = IdempotencyKeys.HEADER;
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String CLAIMED_KEY = "concierge.idempotency.key";
    private static final String CLAIMED_USE = "concierge.idempotency.use";
    private static final String REPLAYABLE = "concierge.idempotency.replayable";

    @Inject
    OnceOnly store;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    IdempotencyKeys keys;
    @ConfigProperty(name = "concierge.idempotency.replay-window")
    Duration replayWindow;

    /** Runs once the body is read (to fingerprint it), before it is deserialised. */
    @ServerRequestFilter(priority = Priorities.USER, readBody = true)
    public Optional<Response> replayOrClaim(ContainerRequestContext request, HttpServerRequest http,
            ResourceInfo resource) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !isWrite(request.getMethod())) {
            return Optional.empty();
        }
        String path = CustomMethodPaths.contractPath(request.getUriInfo().getPath());
        if (!IdempotencyKeys.isValid(key)) {
            return Optional.of(ProblemResponses.of(ProblemDetail.of("invalid-idempotency-key",
                    "Invalid Idempotency-Key", 400,
                    "Idempotency-Key must be 1–255 visible ASCII characters, e.g. a UUID", path)));
        }
        String scoped = IdempotencyKeys.scoped(who(http), request.getMethod(), request.getUriInfo().getPath(), key);
        String mine = firstUse(request);
        Optional<OnceOnly.Held> held = store.claim(scoped, mine);
        if (held.isEmpty()) {
            request.setProperty(CLAIMED_KEY, scoped);
            request.setProperty(CLAIMED_USE, mine);
            request.setProperty(REPLAYABLE, !neverReplayed(resource));
            return Optional.empty();
        }
        KeyUse first = keys.read(held.get().value());
        if (!first.fingerprint().equals(keys.read(mine).fingerprint())) {
            return Optional.of(ProblemResponses.of(ProblemDetail.of("idempotency-key-reused", "Idempotency-Key reused",
                    422, "this Idempotency-Key was already used for a different request; use a new key for a new request",
                    path)));
        }
        if (held.get().running()) {
            return Optional.of(inProgress(path));
        }
        StoredAnswer answer = first.answer();
        // the same request again on an endpoint that never replays (sign-in): it simply runs again
        return answer == null ? Optional.empty() : Optional.of(replay(answer));
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        Object scoped = request.getProperty(CLAIMED_KEY);
        if (scoped == null) {
            return;
        }
        if (response.getStatus() >= 300) {
            // a refused or failed write is not remembered: the client fixes it or retries with the same key
            store.release((String) scoped);
            return;
        }
        String use = (String) request.getProperty(CLAIMED_USE);
        try {
            MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
            store.complete((String) scoped, keys.finished(use, Boolean.TRUE.equals(request.getProperty(REPLAYABLE)),
                    response.getStatus(), type.toString(), response.getEntity()), replayWindow);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            store.release((String) scoped);
        }
    }

    private static Response inProgress(String path) {
        return ProblemResponses.retryAfter(ProblemDetail.of("idempotency-key-in-use", "Request in progress", 409,
                "a request with this Idempotency-Key is still being processed; retry shortly", path), Duration.ofSeconds(1));
    }

    private Response replay(StoredAnswer answer) {
        return Response.status(answer.status()).type(answer.contentType()).entity(answer.body())
                .header(REPLAYED_HEADER, "true").build();
    }

    private String who(HttpServerRequest http) {
        return currentCaller.find().map(Caller::id).orElseGet(() -> "ip:" + http.remoteAddress().hostAddress());
    }

    private String firstUse(ContainerRequestContext request) {
        try {
            return keys.firstUse(RequestFingerprint.of(request));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body", e);
        }
    }

    private static boolean neverReplayed(ResourceInfo resource) {
        return resource != null && resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(NeverReplayed.class)
                        || resource.getResourceClass().isAnnotationPresent(NeverReplayed.class));
    }

    private static boolean isWrite(String method) {
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method) || "DELETE".equals(method);
    }
}
