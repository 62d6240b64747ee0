package dev.concierge.notifications.channels.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.concierge.notifications.channels.ProviderMode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real-mode push: Google's auth library turns a service account key into an OAuth token (a signed JWT
 * exchanged at the key's token_uri) and FCM HTTP v1 gets it as a bearer token. Google's two endpoints
 * are played by a local server, since no test reaches the internet.
 */
class FcmServiceAccountTest {

    private HttpServer google;
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> sends = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startGoogle() throws IOException {
        google = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        google.createContext("/token", exchange -> {
            tokenRequests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(exchange, "{\"access_token\": \"ya29.local-token\", \"expires_in\": 3600, \"token_type\": \"Bearer\"}");
        });
        google.createContext("/v1/projects/", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            sends.add(exchange.getRequestURI().getPath() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(exchange, "{\"name\": \"projects/concierge-prod/messages/0:1234\"}");
        });
        google.start();
    }

    @AfterEach
    void stopGoogle() {
        google.stop(0);
    }

    @Test
    void a_push_in_real_mode_carries_the_service_accounts_oauth_token(@TempDir Path directory) throws Exception {
        Path key = serviceAccountKey(directory, baseUrl() + "/token");
        PushSettings settings = PushSettings.choose(Optional.empty(), "concierge-prod", Optional.of(key.toString()),
                baseUrl());

        String id = new FcmPush(settings).send(List.of("device-token-1"), "Your quote", "₹285.00");

        assertThat(settings.mode()).isEqualTo(ProviderMode.REAL);
        assertThat(id).isEqualTo("projects/concierge-prod/messages/0:1234");
        assertThat(tokenRequests).hasSize(1);
        assertThat(tokenRequests.get(0)).contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer")
                .contains("assertion=");
        assertThat(authorizations).containsExactly("Bearer ya29.local-token");
        assertThat(sends.get(0)).startsWith("/v1/projects/concierge-prod/messages:send ")
                .contains("\"token\":\"device-token-1\"");
    }

    @Test
    void without_the_outbox_or_a_service_account_push_is_off() {
        assertThat(PushSettings.choose(Optional.empty(), "p", Optional.empty(), baseUrl()).mode())
                .isEqualTo(ProviderMode.OFF);
        assertThat(PushSettings.choose(Optional.of("http://127.0.0.1:8090"), "p", Optional.empty(), baseUrl()).mode())
                .isEqualTo(ProviderMode.OUTBOX);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + google.getAddress().getPort();
    }

    /** A service account key as Google issues it, with a fresh RSA key and the local token endpoint. */
    private static Path serviceAccountKey(Path directory, String tokenUri) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'})
                        .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        String json = "{\"type\": \"service_account\", \"project_id\": \"concierge-prod\", \"private_key_id\": \"k1\","
                + " \"private_key\": \"" + pem.replace("\n", "\\n") + "\", \"client_email\": \"notifier@concierge-prod.iam.gserviceaccount.com\","
                + " \"client_id\": \"1\", \"token_uri\": \"" + tokenUri + "\"}";
        Path key = directory.resolve("service-account.json");
        Files.writeString(key, json);
        return key;
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
