package dev.concierge.notifications.channels.push;

import dev.concierge.notifications.channels.ProviderMode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where push goes: the dev outbox's FCM endpoint when {@code DEV_OUTBOX_URL} is set (no credentials);
 * FCM itself ({@code baseUrl}, normally https://fcm.googleapis.com) when a service account key file is
 * configured, with OAuth tokens from it; otherwise push is off. {@code bearerTokens} gives the
 * {@code Authorization} token of each request, or null for none.
 */
public record PushSettings(ProviderMode mode, String baseUrl, String project, Supplier<String> bearerTokens) {

    public static PushSettings choose(Optional<String> outboxUrl, String project, Optional<String> serviceAccountKey,
            String realBaseUrl) {
        if (outboxUrl.isPresent()) {
            return new PushSettings(ProviderMode.OUTBOX, outboxUrl.get(), project, () -> null);
        }
        if (serviceAccountKey.isPresent()) {
            return new PushSettings(ProviderMode.REAL, realBaseUrl, project,
                    ServiceAccountTokens.fromKeyFile(Path.of(serviceAccountKey.get())));
        }
        return new PushSettings(ProviderMode.OFF, "", project, () -> null);
    }
}
