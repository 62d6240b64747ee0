package dev.concierge.ingest.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.ingest.problems.ProblemDetail;
import dev.concierge.ingest.problems.ProblemResponses;
import dev.concierge.ingest.shared.application.Caller;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Idempotency-Key} on any write: the same key from the same caller on the same path replays
 * the first successful answer (status and body) for the replay window, without a second event.
 */
public class IdempotencyFilter {

    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String CLAIMED_KEY = "concierge.idempotency.key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    @Inject
    IdempotencyStore store;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "concierge.idempotency.replay-window")
    Duration replayWindow;

    @ServerRequestFilter(priority = Priorities.USER)
    public Optional<Response> replayOrClaim(ContainerRequestContext request, HttpServerRequest http) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !isWrite(request.getMethod())) {
            return Optional.empty();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            return Optional.of(ProblemResponses.of(ProblemDetail.of("invalid-idempotency-key",
                    "Invalid Idempotency-Key", 400,
                    "Idempotency-Key must be 1–255 visible ASCII characters, e.g. a UUID", request.getUriInfo().getPath())));
        }
        String scoped = scope(request, http) + "|" + key;
        Optional<String> stored = store.claim(scoped);
        if (stored.isEmpty()) {
            request.setProperty(CLAIMED_KEY, scoped);
            return Optional.empty();
        }
        if (IdempotencyStore.PENDING.equals(stored.get())) {
            return Optional.of(ProblemResponses.retryAfter(ProblemDetail.of("idempotency-key-in-use",
                    "Request in progress", 409,
                    "a request with this Idempotency-Key is still being processed; retry shortly",
                    request.getUriInfo().getPath()), Duration.ofSeconds(1)));
        }
        return Optional.of(replay(stored.get()));
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
        try {
            MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
            String body = response.getEntity() == null ? "" : mapper.writeValueAsString(response.getEntity());
            store.complete((String) scoped,
                    mapper.writeValueAsString(new StoredAnswer(response.getStatus(), type.toString(), body)), replayWindow);
        } catch (JsonProcessingException e) {
            store.release((String) scoped);
        }
    }

    private Response replay(String stored) {
        try {
            StoredAnswer answer = mapper.readValue(stored, StoredAnswer.class);
            return Response.status(answer.status()).type(answer.contentType()).entity(answer.body())
                    .header(REPLAYED_HEADER, "true").build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored idempotent answer", e);
        }
    }

    private String scope(ContainerRequestContext request, HttpServerRequest http) {
        String who = currentCaller.find().map(Caller::id).orElseGet(() -> "ip:" + http.remoteAddress().hostAddress());
        return who + "|" + request.getMethod() + "|" + request.getUriInfo().getPath();
    }

    private static boolean isWrite(String method) {
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method) || "DELETE".equals(method);
    }
}
