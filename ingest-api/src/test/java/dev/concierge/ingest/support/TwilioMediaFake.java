package dev.concierge.ingest.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Twilio's media hosting at the HTTP boundary: {@code /Media/{id}} on 127.0.0.1 wants the account's
 * Basic auth and redirects to a "CDN" on {@code localhost} (another host name, as Twilio's CDN is
 * another host), which serves the bytes and records whether credentials came along.
 */
public final class TwilioMediaFake implements AutoCloseable {

    private final HttpServer server;
    private final String expectedAuth;
    private final List<String> authorizationsAtCdn = new CopyOnWriteArrayList<>();
    private volatile byte[] image = new byte[0];

    public TwilioMediaFake(String accountSid, String authToken) throws IOException {
        this.expectedAuth = "Basic " + Base64.getEncoder()
                .encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/Media/", this::media);
        server.createContext("/cdn/", this::cdn);
        server.createContext("/missing/", exchange -> answer(exchange, 404, new byte[0]));
        server.start();
    }

    public TwilioMediaFake serving(byte[] bytes) {
        this.image = bytes;
        return this;
    }

    /** The URL Twilio would put in {@code MediaUrl0}. */
    public String mediaUrl(String mediaId) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/Media/" + mediaId;
    }

    public String missingUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/missing/ME0";
    }

    public static final String NONE = "(none)";

    /** The Authorization headers the CDN saw ({@link #NONE} for none): credentials must never get there. */
    public List<String> authorizationsAtCdn() {
        return List.copyOf(authorizationsAtCdn);
    }

    private void media(HttpExchange exchange) throws IOException {
        if (!expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, new byte[0]);
            return;
        }
        String id = exchange.getRequestURI().getPath().substring("/Media/".length());
        exchange.getResponseHeaders().add("Location",
                "http://localhost:" + server.getAddress().getPort() + "/cdn/" + id);
        answer(exchange, 307, new byte[0]);
    }

    private void cdn(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        authorizationsAtCdn.add(authorization == null ? NONE : authorization);
        exchange.getResponseHeaders().add("Content-Type", "image/png");
        answer(exchange, 200, image);
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
