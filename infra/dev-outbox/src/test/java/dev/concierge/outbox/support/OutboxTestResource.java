package dev.concierge.outbox.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * What the outbox talks to in tests: a {@link WebhookReceiver} as the ingest API (the outbox posts there,
 * but signs over the dev stack's public URL, as behind a proxy) and a free port for its SMTP server.
 */
public class OutboxTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String PUBLIC_BASE_URL = "http://127.0.0.1:8081";
    public static final String AUTH_TOKEN = "dev-twilio-token";
    public static final String ACCOUNT_SID = "AC00000000000000000000000000000000";

    private static WebhookReceiver receiver;
    private static int smtpPort;

    @Override
    public Map<String, String> start() {
        try {
            receiver = new WebhookReceiver();
            try (ServerSocket socket = new ServerSocket(0)) {
                smtpPort = socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "dev-outbox.smtp.port", String.valueOf(smtpPort),
                "dev-outbox.ingest-base-url", receiver.baseUrl(),
                "dev-outbox.public-base-url", PUBLIC_BASE_URL,
                "dev-outbox.twilio.auth-token", AUTH_TOKEN,
                "dev-outbox.twilio.account-sid", ACCOUNT_SID);
    }

    @Override
    public void stop() {
        if (receiver != null) {
            receiver.close();
        }
    }

    public static WebhookReceiver receiver() {
        return receiver;
    }

    public static int smtpPort() {
        return smtpPort;
    }
}
