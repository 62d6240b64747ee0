package dev.concierge.notifications.support;

import dev.concierge.schemas.media.MediaLinkSigner;
import dev.concierge.testkit.DevOutboxProcess;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The providers for a {@code @QuarkusTest}: the packaged dev outbox as a child process on free ports
 * (Twilio, SMTP, FCM), and an {@link IngestStandIn} where the signed media links and the status
 * callbacks point. The notifier is configured to send to them, with the dev keys.
 */
public class OutboxTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String MEDIA_LINK_KEY = "ZGV2LW9ubHktbWVkaWEtbGluay1rZXktMzItYnl0ZXMhIQ==";
    public static final String NOTIFY_VARIABLES_KEY = "ZGV2LW9ubHktbm90aWZ5LWtleS0zMi1ieXRlcy0hISE=";
    static final String TWILIO_AUTH_TOKEN = "dev-twilio-token";

    private static DevOutboxProcess outbox;
    private static IngestStandIn ingest;

    @Override
    public Map<String, String> start() {
        try {
            ingest = new IngestStandIn(MediaLinkSigner.fromBase64Key(MEDIA_LINK_KEY), TWILIO_AUTH_TOKEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        outbox = DevOutboxProcess.start(DevOutboxProcess.jarFromModule(), Map.of(
                "INGEST_BASE_URL", ingest.baseUrl(),
                "PUBLIC_BASE_URL", ingest.baseUrl(),
                "TWILIO_AUTH_TOKEN", TWILIO_AUTH_TOKEN));
        return Map.of(
                "concierge.outbox.url", outbox.url(),
                "concierge.twilio.auth-token", TWILIO_AUTH_TOKEN,
                "concierge.ingest.public-base-url", ingest.baseUrl(),
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(outbox.smtpPort()));
    }

    @Override
    public void stop() {
        if (outbox != null) {
            outbox.close();
        }
        if (ingest != null) {
            ingest.close();
        }
    }

    public static String outboxUrl() {
        return outbox.url();
    }

    static DevOutboxProcess outbox() {
        return outbox;
    }

    static IngestStandIn ingest() {
        return ingest;
    }
}
