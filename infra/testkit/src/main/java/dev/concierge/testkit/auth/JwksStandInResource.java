package dev.concierge.testkit.auth;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Stands in for ingest-api's {@code GET /.well-known/jwks.json}, serving {@link TestTokens}' key as
 * a JWK set on a free loopback port, and points the service at it: the way services find the key on
 * the dev stack ({@code JWT_PUBLIC_KEY_LOCATION}). {@code @WithTestResource(JwksStandInResource.class)}.
 */
public class JwksStandInResource implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the JWK set stand-in", e);
        }
        server.createContext("/.well-known/jwks.json", exchange -> {
            byte[] body = TestTokens.jwks().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return Map.of("mp.jwt.verify.publickey.location",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
