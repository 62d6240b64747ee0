package dev.concierge.notifications.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.twilio.security.RequestValidator;
import dev.concierge.schemas.media.MediaLinkSigner;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The two parts of ingest-api the providers reach, for tests that run without it: the signed public
 * media path ({@code GET /v1/media/{id}/public?expires=…&signature=…}, checked with the same
 * {@link MediaLinkSigner} ingest-api uses) and Twilio's status callbacks, whose signatures are
 * checked with the Twilio SDK's {@link RequestValidator} and which are kept for the test to read.
 */
public final class IngestStandIn implements AutoCloseable {

    /** One status callback Twilio (the outbox) posted, with a valid signature. */
    public record StatusCallback(String messageSid, String status, String errorCode) {
    }

    static final byte[] IMAGE = "a stand-in JPEG".getBytes(StandardCharsets.US_ASCII);

    private final HttpServer server;
    private final MediaLinkSigner signer;
    private final RequestValidator validator;
    private final List<StatusCallback> callbacks = new CopyOnWriteArrayList<>();

    IngestStandIn(MediaLinkSigner signer, String twilioAuthToken) throws IOException {
        this.signer = signer;
        this.validator = new RequestValidator(twilioAuthToken);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/media/", this::media);
        server.createContext("/v1/webhooks/twilio/status", this::statusCallback);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<StatusCallback> callbacks() {
        return List.copyOf(callbacks);
    }

    private void media(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String mediaId = path.substring("/v1/media/".length(), path.length() - "/public".length());
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        boolean valid = path.endsWith("/public")
                && signer.verify(mediaId, query.get("expires"), query.get("signature"), Instant.now());
        exchange.getResponseHeaders().add("Content-Type", valid ? "image/jpeg" : "text/plain");
        answer(exchange, valid ? 200 : 403, valid ? IMAGE : "bad link".getBytes(StandardCharsets.US_ASCII));
    }

    private void statusCallback(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String signature = exchange.getRequestHeaders().getFirst("X-Twilio-Signature");
        if (!validator.validate(baseUrl() + "/v1/webhooks/twilio/status", form, signature)) {
            answer(exchange, 403, new byte[0]);
            return;
        }
        callbacks.add(new StatusCallback(form.get("MessageSid"), form.get("MessageStatus"), form.get("ErrorCode")));
        answer(exchange, 200, new byte[0]);
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> fields = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            fields.put(name, value);
        }
        return fields;
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
