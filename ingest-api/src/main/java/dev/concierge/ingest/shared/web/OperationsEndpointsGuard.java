package dev.concierge.ingest.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.ingest.shared.web.problems.ProblemDetail;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the operational endpoints ({@code /q/...}: OpenAPI, Swagger UI, metrics, health details)
 * to operators unless {@code concierge.operations.public} says otherwise (dev and test). A caller
 * from a trusted peer address (default: loopback, i.e. on the host itself — the dev stack's launcher,
 * a container's own health probe, a scraping sidecar) sees everything; anyone else gets health as
 * a bare status ({@code {"status":"UP"}}, 503 when down) and 404 for the rest.
 */
@ApplicationScoped
public class OperationsEndpointsGuard {

    /** Quarkus' default non-application root; the guard covers everything below it. */
    private static final String OPERATIONS_ROOT = "/q/";
    private static final String HEALTH = "/q/health";

    @Inject
    ObjectMapper mapper;
    @Inject
    SmallRyeHealthReporter health;
    @ConfigProperty(name = "concierge.operations.public")
    boolean operationsPublic;
    @ConfigProperty(name = "concierge.operations.trusted-peers")
    List<String> trustedPeers;

    private Set<InetAddress> trusted;

    void install(@Observes Router router) {
        trusted = trustedPeers.stream().map(OperationsEndpointsGuard::address).collect(Collectors.toUnmodifiableSet());
        router.route().order(Integer.MIN_VALUE + 2).handler(this::guard);
    }

    private void guard(RoutingContext context) {
        String path = context.normalizedPath();
        if (operationsPublic || !path.startsWith(OPERATIONS_ROOT) || isTrusted(context)) {
            context.next();
            return;
        }
        Supplier<SmallRyeHealth> check = healthCheckFor(path);
        if (check == null) {
            answer(context, 404, ProblemDetail.MEDIA_TYPE, ProblemDetail.of("not-found", "Not found", 404,
                    "operational endpoints are served to operators only", path));
            return;
        }
        context.vertx().executeBlocking(check::get, false).onComplete(result -> {
            boolean up = result.succeeded() && !result.result().isDown();
            answer(context, up ? 200 : 503, "application/json", Map.of("status", up ? "UP" : "DOWN"));
        });
    }

    /** The check behind each health path Quarkus serves; null for the others (groups, UI). */
    private Supplier<SmallRyeHealth> healthCheckFor(String path) {
        String rest = path.startsWith(HEALTH) ? path.substring(HEALTH.length()).replaceAll("/+$", "") : null;
        if (rest == null) {
            return null;
        }
        return switch (rest) {
            case "" -> health::getHealth;
            case "/live" -> health::getLiveness;
            case "/ready" -> health::getReadiness;
            case "/started" -> health::getStartup;
            case "/well" -> health::getWellness;
            default -> null;
        };
    }

    private boolean isTrusted(RoutingContext context) {
        var peer = context.request().remoteAddress();
        return peer != null && peer.hostAddress() != null && trusted.contains(address(peer.hostAddress()));
    }

    private void answer(RoutingContext context, int status, String contentType, Object body) {
        try {
            context.response().setStatusCode(status).putHeader("Content-Type", contentType)
                    .putHeader("Cache-Control", "no-store").end(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    /** Literal addresses only (no DNS): "127.0.0.1", "::1". */
    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal.trim());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("concierge.operations.trusted-peers takes IP addresses: " + literal, e);
        }
    }
}
